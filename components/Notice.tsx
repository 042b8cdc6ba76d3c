import type { ComponentChildren } from 'preact';

/** A calm message box. `role="alert"` only for errors; status text is announced by the live region. */
export function Notice(props: { kind: 'error' | 'warning' | 'info'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${props.kind}`} role={props.kind === 'error' ? 'alert' : undefined}>
      {props.children}
    </div>
  );
}
