/** The attribute types a person can add, as Attio's "Create attribute" menu names them. */
export const attributeTypes: { type: string; label: string; multi?: boolean }[] = [
  { type: "text", label: "Text" },
  { type: "number", label: "Number" },
  { type: "select", label: "Select", multi: true },
  { type: "status", label: "Status" },
  { type: "checkbox", label: "Checkbox" },
  { type: "currency", label: "Currency" },
  { type: "date", label: "Date" },
  { type: "timestamp", label: "Timestamp" },
  { type: "rating", label: "Rating" },
  { type: "record-reference", label: "Relationship (record reference)", multi: true },
  { type: "actor-reference", label: "User (workspace member)", multi: true },
  { type: "location", label: "Location" },
  { type: "domain", label: "Domain", multi: true },
  { type: "email-address", label: "Email address", multi: true },
  { type: "phone-number", label: "Phone number", multi: true },
];

export const optionTypes = new Set(["select", "status"]);
