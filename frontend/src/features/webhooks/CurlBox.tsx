import { X } from "lucide-react";
import { Button } from "../../ui/Button";
import "./CurlBox.css";

/** The curl command for the draft, already copied when the clipboard allowed it. */
export function CurlBox({ command, onClose }: { command: string; onClose: () => void }) {
  return (
    <div className="curl-box">
      <div className="curl-box__head">
        <span className="panel-label">curl (copied to the clipboard)</span>
        <Button
          small
          iconOnly
          variant="ghost"
          aria-label="Close the curl command"
          onClick={onClose}
        >
          <X size={13} />
        </Button>
      </div>
      <pre className="curl-box__command" data-testid="curl-command">
        {command}
      </pre>
    </div>
  );
}
