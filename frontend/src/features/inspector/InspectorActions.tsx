import { Download, FlaskConical, Trash2, Upload } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "../../ui/Button";
import { Menu } from "../../ui/Menu";
import { RetentionSetting } from "./RetentionSetting";

interface InspectorActionsProps {
  empty: boolean;
  onExport: (format: "json" | "fixture") => void;
  onImport: (file: File) => void;
  /** Set in the desktop window: Import opens its own dialog instead of the page's file input. */
  onImportNative?: (() => void) | null;
  onClear: () => void;
}

/** Export, import, clear and the retention setting, at the right of the inspector's bar. */
export function InspectorActions(props: InspectorActionsProps) {
  const { empty, onExport, onImport, onImportNative, onClear } = props;
  const input = useRef<HTMLInputElement>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (!confirming) return;
    const timer = setTimeout(() => setConfirming(false), 3000);
    return () => clearTimeout(timer);
  }, [confirming]);

  return (
    <>
      <Menu
        items={[
          {
            key: "json",
            label: "Export timeline as JSON",
            icon: <Download size={13} />,
            testId: "export-timeline-json",
            onSelect: () => onExport("json"),
          },
          {
            key: "fixture",
            label: "Export server calls as a test fixture",
            icon: <FlaskConical size={13} />,
            testId: "export-timeline-fixture",
            onSelect: () => onExport("fixture"),
          },
        ]}
        trigger={({ toggle }) => (
          <Button small variant="ghost" testId="inspector-export" disabled={empty} onClick={toggle}>
            <Download size={13} />
            Export
          </Button>
        )}
      />
      <Button
        small
        variant="ghost"
        testId="inspector-import"
        title="Show an exported timeline, read-only"
        onClick={() => (onImportNative ? onImportNative() : input.current?.click())}
      >
        <Upload size={13} />
        Import
      </Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="inspector-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (file) onImport(file);
        }}
      />
      <Button
        small
        variant={confirming ? "danger" : "ghost"}
        testId="inspector-clear"
        disabled={empty}
        onClick={() => {
          if (!confirming) return setConfirming(true);
          setConfirming(false);
          onClear();
        }}
      >
        <Trash2 size={13} />
        {confirming ? "Clear every call?" : "Clear"}
      </Button>
      <RetentionSetting />
    </>
  );
}
