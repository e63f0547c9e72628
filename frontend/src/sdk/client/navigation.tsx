import type { MouseEvent, ReactNode } from "react";
import { hashFor } from "../../routing/route";
import { named } from "./components/childRules";
import type { ClientHost } from "./clientHost";
import "./components/Link.css";

/** Where Gen 3's navigate and AttioLink can take the user. */
export type Destination = { type: "record"; recordId: string; object: string };

const Destinations = {
  record: ({ recordId, object }: { recordId: string; object: string }): Destination => ({
    type: "record",
    recordId,
    object,
  }),
};

function hrefOf(to: Destination | undefined): string {
  if (to?.type !== "record") return "#/";
  return hashFor({ object: to.object, recordId: to.recordId });
}

/** Gen 3's navigation: the studio opens the destination's page and closes the app's dialogs. */
export function createNavigation(host: ClientHost) {
  const navigate = async (to: Destination) => {
    host.notifications.closeAllDialogs();
    window.location.hash = hrefOf(to);
  };
  const AttioLink = named(function AttioLink({
    to,
    children,
  }: {
    to: Destination;
    children?: ReactNode;
  }) {
    const open = (event: MouseEvent) => {
      event.preventDefault();
      void navigate(to);
    };
    return (
      <a className="sdk-link" href={hrefOf(to)} onClick={open}>
        {children}
      </a>
    );
  }, "AttioLink");
  return { navigate, AttioLink, Destinations };
}
