import type { KVOperation } from "../../api/types";
import { shortJson } from "../../ui/formatJson";
import { formatOffset } from "./format";
import "./KVList.css";

export function KVList({ operations }: { operations: KVOperation[] }) {
  return (
    <ul className="kv-list" data-testid="kv-operations">
      {operations.map((op, index) => (
        <li key={index} className="kv-list__item">
          <span className="kv-list__at">{formatOffset(op.atMs)}</span>
          <span className="kv-list__op">{op.op}</span>
          <span className="kv-list__key">{op.key}</span>
          {op.value !== undefined && (
            <span className="kv-list__value" title={shortJson(op.value, 2000)}>
              {shortJson(op.value, 200)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
