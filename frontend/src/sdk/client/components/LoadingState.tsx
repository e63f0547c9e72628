import { Spinner } from "../../../ui/Spinner";
import "./LoadingState.css";

export function LoadingState({ children = "Loading..." }: { children?: string }) {
  return (
    <div className="sdk-loading" role="status">
      <Spinner />
      {children}
    </div>
  );
}
