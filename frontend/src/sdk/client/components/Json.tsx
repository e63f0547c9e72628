import { formatJson } from "../../../ui/formatJson";
import "./Json.css";

export function Json({ data }: { data: unknown }) {
  return <pre className="sdk-json">{formatJson(data)}</pre>;
}
