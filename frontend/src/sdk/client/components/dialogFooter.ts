import { createContext } from "react";

/** The footer element of the dialog being rendered; SDK buttons inside a dialog move there. */
export const DialogFooterContext = createContext<HTMLElement | null>(null);

/** Whether the dialog being rendered is the one on top, taking the keyboard. */
export const DialogActiveContext = createContext(false);
