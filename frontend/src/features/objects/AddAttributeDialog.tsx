import { useState } from "react";
import type { AttioObject, AttributeSpec } from "../../api/types";
import { useApi } from "../../hooks/useApi";
import { useLoader } from "../../hooks/useLoader";
import { StudioDialog } from "../data/StudioDialog";
import { useAction } from "../data/useAction";
import { attributeTypes, optionTypes } from "./attributeTypes";
import { slugFrom } from "./slugs";
import "./ObjectDialogs.css";

interface AddAttributeDialogProps {
  object: AttioObject;
  onAdded: () => void;
  onClose: () => void;
}

/** A small form for a new attribute of object: title, slug, type and what the type needs. */
export function AddAttributeDialog({ object, onAdded, onClose }: AddAttributeDialogProps) {
  const api = useApi();
  const objects = useLoader("objects", () => api.objects());
  const [title, setTitle] = useState("");
  const [slug, setSlug] = useState<string | null>(null);
  const [type, setType] = useState("text");
  const [multi, setMulti] = useState(false);
  const [options, setOptions] = useState("");
  const [targetObject, setTargetObject] = useState("");
  const [currencyCode, setCurrencyCode] = useState("USD");
  const add = useAction((spec: AttributeSpec) => api.addAttribute(object.slug, spec));

  const typeInfo = attributeTypes.find((t) => t.type === type)!;
  const apiSlug = slug ?? slugFrom(title);
  const submit = async () => {
    const spec: AttributeSpec = { slug: apiSlug, title: title.trim() || apiSlug, type };
    if (typeInfo.multi && multi) spec.isMultiselect = true;
    if (optionTypes.has(type)) {
      spec.options = options
        .split("\n")
        .map((o) => o.trim())
        .filter(Boolean);
    }
    if (type === "record-reference") spec.targetObject = targetObject;
    if (type === "currency") spec.currencyCode = currencyCode.trim().toUpperCase();
    if (await add.run(spec)) onAdded();
  };

  return (
    <StudioDialog
      title={`Add an attribute to ${object.pluralNoun.toLowerCase()}`}
      okLabel="Add attribute"
      busy={add.busy}
      error={add.error}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">Title</span>
        <input
          className="object-dialog__input"
          autoFocus
          value={title}
          placeholder="Lead score"
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">Slug</span>
        <input
          className="object-dialog__input object-dialog__mono"
          value={apiSlug}
          placeholder="lead_score"
          onChange={(e) => setSlug(e.target.value)}
        />
        <span className="studio-dialog__hint">
          What queries and the API call it: lowercase, digits and _.
        </span>
      </label>
      <label className="studio-dialog__field">
        <span className="studio-dialog__label">Type</span>
        <select
          className="object-dialog__input"
          value={type}
          onChange={(e) => setType(e.target.value)}
        >
          {attributeTypes.map((t) => (
            <option key={t.type} value={t.type}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      {typeInfo.multi && (
        <label className="object-dialog__check">
          <input type="checkbox" checked={multi} onChange={(e) => setMulti(e.target.checked)} />
          Allow several values
        </label>
      )}
      {optionTypes.has(type) && (
        <label className="studio-dialog__field">
          <span className="studio-dialog__label">
            {type === "status" ? "Statuses" : "Options"}, one per line
          </span>
          <textarea
            className="object-dialog__input object-dialog__options"
            value={options}
            onChange={(e) => setOptions(e.target.value)}
          />
        </label>
      )}
      {type === "record-reference" && (
        <label className="studio-dialog__field">
          <span className="studio-dialog__label">Points at</span>
          <select
            className="object-dialog__input"
            value={targetObject}
            onChange={(e) => setTargetObject(e.target.value)}
          >
            <option value="">Choose an object…</option>
            {(objects.data ?? []).map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.pluralNoun}
              </option>
            ))}
          </select>
        </label>
      )}
      {type === "currency" && (
        <label className="studio-dialog__field">
          <span className="studio-dialog__label">Currency code</span>
          <input
            className="object-dialog__input"
            maxLength={3}
            value={currencyCode}
            onChange={(e) => setCurrencyCode(e.target.value)}
          />
        </label>
      )}
    </StudioDialog>
  );
}
