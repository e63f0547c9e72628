import { createContext } from "react";

/** The base colour a record widget asked for (`color` on the widget surface). */
export const WidgetColorContext = createContext<string | undefined>(undefined);
