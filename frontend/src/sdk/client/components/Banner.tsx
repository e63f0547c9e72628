import { CircleAlert, Info, TriangleAlert } from "lucide-react";
import type { ReactNode } from "react";
import { useSurfaceScope } from "../../surfaceScope";
import { named } from "./childRules";
import { usePropWarning } from "./hostHooks";
import "./Banner.css";
import "./Button.css";

export interface BannerAction {
  label: string;
  onTrigger: () => void | Promise<void>;
  variant?: "primary" | "secondary";
}

export interface BannerProps {
  variant?: "neutral" | "warning" | "error";
  size?: "small" | "large";
  title?: string;
  actions?: BannerAction[];
  children?: ReactNode;
}

const icons = { neutral: Info, warning: TriangleAlert, error: CircleAlert };

function problemWith({ size, title, actions }: BannerProps): string | null {
  if (size === "large" && !title) return "A large <Banner> needs a title.";
  if (size !== "large" && title) {
    return `Only a large <Banner> has a title; add size="large" or leave out title "${title}".`;
  }
  const variants = (actions ?? []).map((action) => action?.variant ?? "secondary").join(",");
  const allowed = ["", "primary", "secondary", "secondary,primary"];
  if (!allowed.includes(variants)) {
    return (
      "A <Banner>'s actions are one primary, one secondary, or a secondary then a primary; " +
      `got ${variants.replaceAll(",", ", ")}.`
    );
  }
  return null;
}

/** A message across the surface: neutral, warning or error, with up to two actions. */
export const Banner = named(function Banner(props: BannerProps) {
  const { variant = "neutral", size = "small", title, actions = [], children } = props;
  const scope = useSurfaceScope();
  const problem = problemWith(props);
  usePropWarning(problem, `banner:${problem}`);
  const Icon = icons[variant] ?? Info;
  return (
    <div className={`sdk-banner sdk-banner--${variant} sdk-banner--${size}`} role="status">
      <Icon size={size === "large" ? 18 : 15} className="sdk-banner__icon" />
      <div className="sdk-banner__body">
        {size === "large" && title && <strong className="sdk-banner__title">{title}</strong>}
        <span className="sdk-banner__text">{children}</span>
      </div>
      {actions.length > 0 && (
        <div className="sdk-banner__actions">
          {actions.map((action, index) => (
            <button
              key={index}
              type="button"
              className={`sdk-button sdk-button--${action.variant ?? "secondary"}`}
              onClick={() => scope.handle(action.onTrigger)}
            >
              {action.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}, "Banner");
