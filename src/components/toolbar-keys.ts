/**
 * Arrow keys in a `role="toolbar"` (WAI-ARIA APG toolbar pattern): Left/Right move to the
 * previous/next control, Home/End to the first/last, wrapping around. The controls are the
 * toolbar's children (and what its slots hold); each must move focus to itself on `focus()`.
 * A child that takes no focus (one that renders nothing) is skipped.
 */
export function handleToolbarKeydown(event: KeyboardEvent): void {
  const step = STEPS[event.key];
  const toolbar = event.currentTarget as HTMLElement;
  const path = event.composedPath();
  // Arrows keep their own meaning in a text field, a select or an open menu.
  if (step === undefined || path.some((node) => isOwnArrowKeys(node))) return;
  const controls = [...toolbar.children]
    .flatMap((child) => (child instanceof HTMLSlotElement ? child.assignedElements() : [child]))
    .filter((control) => control instanceof HTMLElement && !control.hidden) as HTMLElement[];
  const at = controls.findIndex((control) => path.includes(control));
  if (at < 0) return;
  const count = controls.length;
  // Home and End start just outside the ends and walk inwards.
  const [from, direction] = step === 'first' ? [-1, 1] : step === 'last' ? [count, -1] : [at, step];
  for (let offset = 1; offset <= count; offset++) {
    const control = controls[(((from + direction * offset) % count) + count) % count]!;
    control.focus();
    if (control.matches(':focus-within')) break;
  }
  event.preventDefault();
}

const STEPS: Record<string, 1 | -1 | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowLeft: -1,
  Home: 'first',
  End: 'last',
};

function isOwnArrowKeys(node: EventTarget): boolean {
  if (!(node instanceof HTMLElement)) return false;
  return (
    node.matches('input, textarea, select, [contenteditable]') ||
    node.getAttribute('role') === 'menu'
  );
}
