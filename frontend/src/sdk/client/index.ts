import { useAsyncCache } from "./asyncCache";
import type { ClientHost } from "./clientHost";
import { Avatar } from "./components/Avatar";
import { Badge } from "./components/Badge";
import { Banner } from "./components/Banner";
import { Button } from "./components/Button";
import { named, registerSdkComponents } from "./components/childRules";
import { Column } from "./components/Column";
import { DescriptionList } from "./components/DescriptionList";
import { DialogList } from "./components/DialogList";
import { Divider } from "./components/Divider";
import { Json } from "./components/Json";
import { Link } from "./components/Link";
import { LoadingState } from "./components/LoadingState";
import { Row } from "./components/Row";
import { Section } from "./components/Section";
import { StatusBadge } from "./components/StatusBadge";
import { Table } from "./components/Table";
import { TextBlock } from "./components/TextBlock";
import { Typography } from "./components/Typography";
import { Widget } from "./components/Widget";
import { createShowDialog, createShowIframe } from "./dialog";
import { Forms } from "./forms/schema";
import { useForm } from "./forms/useForm";
import { createAlert, createConfirm } from "./modals";
import { createRunQuery, createUseQuery } from "./query";
import { createUseWorkspace, useRecord, useRecords } from "./hooks";
import { createNavigation } from "./navigation";
import { createSettingsClient } from "./settings";
import { createSettingsRoot } from "../settings/schema";
import { createShowToast } from "./toast";
import { createWorkflowNamespace } from "./workflows";

named(Button, "Button");
named(TextBlock, "TextBlock");
named(Link, "Link");
named(Divider, "Divider");
named(Json, "Json");
named(LoadingState, "LoadingState");
named(Typography.Title, "Typography.Title");
named(Typography.Body, "Typography.Body");
named(Typography.Caption, "Typography.Caption");
registerSdkComponents(
  Avatar,
  Badge,
  Banner,
  Button,
  Column,
  Divider,
  Json,
  Link,
  LoadingState,
  Row,
  Section,
  StatusBadge,
  TextBlock,
  Typography.Title,
  Typography.Body,
  Typography.Caption,
);

/** The object an app's `import ... from "attio/client"` resolves to. */
export function createAttioClient(host: ClientHost) {
  const runQuery = createRunQuery(host);
  const useWorkspace = createUseWorkspace(host);
  return {
    showToast: createShowToast(host),
    alert: createAlert(host),
    confirm: createConfirm(host),
    showDialog: createShowDialog(host),
    showIframe: createShowIframe(host),
    runQuery,
    useQuery: createUseQuery(runQuery),
    useAsyncCache,
    get useRecord() {
      return unexported(host, "useRecord", useRecord);
    },
    get useRecords() {
      return unexported(host, "useRecords", useRecords);
    },
    get useWorkspace() {
      return unexported(host, "useWorkspace", useWorkspace);
    },
    useForm,
    Forms,
    /** Read when used, so the studio's web/mobile switch reaches code that reads it later. */
    get platform() {
      return host.platform.get();
    },
    Avatar,
    Badge,
    Banner,
    Button,
    Column,
    DescriptionList,
    DialogList,
    Divider,
    Experimental_Table: Table,
    Json,
    Link,
    LoadingState,
    Row,
    Section,
    StatusBadge,
    Table,
    TextBlock,
    Typography,
    Widget,
    Extensions: { defineExtension: <T>(extension: T) => extension },
    /** Gen 3 exports Settings (defineWorkspacePage, useForm) from attio/client as from attio. */
    Settings: createSettingsRoot(() => host.settingsForm),
    ...createSettingsClient(host),
    ...createNavigation(host),
    experimental_Workflow: createWorkflowNamespace("experimental_Workflow", host.appErrors),
    Workflows: createWorkflowNamespace("Workflows", host.appErrors),
  };
}

export type AttioClient = ReturnType<typeof createAttioClient>;

/**
 * hook, read by the app under name: Attio's package has these hooks but does not export them,
 * so an app that imports one fails in Attio. The studio still hands it out, so the app keeps
 * running here, and says so once per build of the app.
 */
function unexported<T>(host: ClientHost, name: string, hook: T): T {
  host.appErrors.warn(
    `${name} is not exported by attio/client`,
    `Attio's SDK has ${name} but does not export it, so an app that imports it fails in Attio ` +
      `("${name} is not a function"). The studio lets it run here; pass what it tells ` +
      "(the record, the workspace) down from the surface's props instead.",
    `unexported:${name}`,
  );
  return hook;
}
