import { Copy, ExternalLink } from "lucide-react";
import { useState } from "react";
import { editorUrl } from "./stackFrames";
import "./EditorLinks.css";

interface EditorLinksProps {
  path: string;
  line: number;
  column: number;
}

/** "Open in editor" (a vscode:// link) and a button copying path:line:col. */
export function EditorLinks({ path, line, column }: EditorLinksProps) {
  const [copied, setCopied] = useState(false);
  const where = `${path}:${line}:${column}`;
  return (
    <span className="editor-links">
      <a
        className="editor-links__open"
        href={editorUrl(path, line, column)}
        data-testid="open-in-editor"
      >
        <ExternalLink size={12} />
        Open in editor
      </a>
      <button
        type="button"
        className="editor-links__copy"
        data-testid="copy-path"
        title={`Copy ${where}`}
        onClick={() => {
          void navigator.clipboard?.writeText(where).then(() => setCopied(true));
          setTimeout(() => setCopied(false), 1500);
        }}
      >
        <Copy size={12} />
        {copied ? "Copied" : "Copy path"}
      </button>
    </span>
  );
}
