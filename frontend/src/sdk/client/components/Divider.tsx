import "./Divider.css";

export function Divider() {
  return <hr className="sdk-divider" />;
}
