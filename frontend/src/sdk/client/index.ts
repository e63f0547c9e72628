import { useAsyncCache } from "./asyncCache";
import type { ClientHost } from "./clientHost";
import { Badge } from "./components/Badge";
import { Button } from "./components/Button";
import { Column } from "./components/Column";
import { Divider } from "./components/Divider";
import { Json } from "./components/Json";
import { Link } from "./components/Link";
import { LoadingState } from "./components/LoadingState";
import { Row } from "./components/Row";
import { Section } from "./components/Section";
import { TextBlock } from "./components/TextBlock";
import { Typography } from "./components/Typography";
import { Widget } from "./components/Widget";
import { createShowDialog } from "./dialog";
import { createAlert, createConfirm } from "./modals";
import { createRunQuery, createUseQuery } from "./query";
import { createShowToast } from "./toast";

// TODO: forms (useForm, Forms), Avatar, Banner, StatusBadge, DescriptionList, DialogList, Table,
// showIframe and the workspace-settings hooks are not implemented yet; apps using them fail to
// find the export.

/** The object an app's `import ... from "attio/client"` resolves to. */
export function createAttioClient(host: ClientHost) {
  const runQuery = createRunQuery(host);
  return {
    showToast: createShowToast(host),
    alert: createAlert(host),
    confirm: createConfirm(host),
    showDialog: createShowDialog(host),
    runQuery,
    useQuery: createUseQuery(runQuery),
    useAsyncCache,
    platform: "web-app" as const,
    Button,
    TextBlock,
    Typography,
    Section,
    Row,
    Column,
    Link,
    Divider,
    Json,
    Badge,
    LoadingState,
    Widget,
    Extensions: { defineExtension: <T>(extension: T) => extension },
  };
}

export type AttioClient = ReturnType<typeof createAttioClient>;
