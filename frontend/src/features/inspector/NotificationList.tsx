import type { CallNotification } from "../../api/types";
import { shortJson } from "../../ui/formatJson";
import { Tag } from "../../ui/Tag";
import "./NotificationList.css";

const typeColors: Record<string, string> = {
  toast: "green",
  "hide-toast": "grey",
  alert: "amber",
  confirm: "amber",
  dialog: "lavender",
};

export function NotificationList({ notifications }: { notifications: CallNotification[] }) {
  return (
    <ul className="notification-list" data-testid="notifications">
      {notifications.map((notification, index) => (
        <li key={index} className="notification-list__item">
          <span className="notification-list__at">+{Math.round(notification.atMs)} ms</span>
          <Tag color={typeColors[notification.type] ?? "grey"}>{notification.type}</Tag>
          <span className="notification-list__detail" title={shortJson(notification.detail, 2000)}>
            {shortJson(notification.detail, 200)}
          </span>
        </li>
      ))}
    </ul>
  );
}
