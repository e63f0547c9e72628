import { useCallback, useMemo, useState } from "react";
import type { WebhookDelivery, WebhookHandler, WebhookTemplate } from "../../api";
import { useApi } from "../../hooks/useApi";
import { useLoader } from "../../hooks/useLoader";
import { useAttempt } from "../connections/useAttempt";
import { draftOf, emptyDraft, requestOf, targetOptions, type ComposerDraft } from "./composerDraft";

/** The request composer: the draft, where it goes, sending it, curl, and saved templates. */
export function useComposer(
  handlers: WebhookHandler[],
  files: string[],
  onSent: (delivery: WebhookDelivery) => void,
) {
  const api = useApi();
  const [draft, setDraft] = useState<ComposerDraft>(emptyDraft);
  const [template, setTemplate] = useState<WebhookTemplate | null>(null);
  const [curl, setCurl] = useState<string | null>(null);
  const action = useAttempt();
  const templates = useLoader("webhook-templates", () => api.webhookTemplates());

  const targets = useMemo(() => targetOptions(handlers, files), [handlers, files]);
  const target = targets.some((t) => t.value === draft.target)
    ? draft.target
    : (targets[0]?.value ?? draft.target);

  const update = useCallback((patch: Partial<ComposerDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setCurl(null);
  }, []);

  const send = async () => {
    const delivery = await action.attempt(() => api.sendWebhook(target, requestOf(draft)));
    if (delivery) onSent(delivery);
  };

  const copyCurl = async () => {
    const command = await action.attempt(() => api.webhookCurl(target, requestOf(draft)));
    if (command === undefined) return;
    setCurl(command);
    await navigator.clipboard?.writeText(command).catch(() => undefined);
  };

  const loadTemplate = (chosen: WebhookTemplate) => {
    setTemplate(chosen);
    setDraft(draftOf(chosen));
    setCurl(null);
  };

  const saveTemplate = async (name: string) => {
    const id = template && template.name === name ? template.id : undefined;
    const saved = await action.attempt(() =>
      api.saveWebhookTemplate({ id, name, target, request: requestOf(draft) }),
    );
    if (!saved) return false;
    setTemplate(saved);
    templates.reload();
    return true;
  };

  const deleteTemplate = async () => {
    if (!template) return;
    const gone = await action.attempt(async () => {
      await api.deleteWebhookTemplate(template.id);
      return true;
    });
    if (!gone) return;
    setTemplate(null);
    templates.reload();
  };

  return {
    draft: { ...draft, target },
    targets,
    update,
    send,
    copyCurl,
    curl,
    closeCurl: () => setCurl(null),
    busy: action.busy,
    error: action.error,
    templates: templates.data ?? [],
    template,
    loadTemplate,
    saveTemplate,
    deleteTemplate,
  };
}

export type Composer = ReturnType<typeof useComposer>;
