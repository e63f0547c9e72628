import type { MouseEvent, ReactNode } from "react";
import { useRuntime } from "../../RuntimeContext";
import "./Link.css";

export interface LinkProps {
  href: string;
  children?: ReactNode;
}

/** An external link that, as in Attio, asks the user before leaving for another site. */
export function Link({ href, children }: LinkProps) {
  const runtime = useRuntime();
  const open = (event: MouseEvent) => {
    event.preventDefault();
    const id = runtime.notifications.openModal({
      kind: "confirm",
      title: "Open external link?",
      text: href,
      confirmLabel: "Open link",
      cancelLabel: "Cancel",
      confirmVariant: "primary",
      close: (confirmed) => {
        runtime.notifications.removeModal(id);
        if (confirmed) window.open(href, "_blank", "noopener,noreferrer");
      },
    });
  };
  return (
    <a className="sdk-link" href={href} onClick={open}>
      {children}
    </a>
  );
}
