import { createContext } from "react";

/** The footer element of the dialog being rendered; SDK buttons inside a dialog move there. */
export const DialogFooterContext = createContext<HTMLElement | null>(null);
