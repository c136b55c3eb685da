/**
 * Arrow keys in a `role="toolbar"` (WAI-ARIA APG toolbar pattern): Left/Right move to the
 * previous/next control, Home/End to the first/last, wrapping around. The controls are the
 * toolbar's children (and what its slots hold); each must move focus to itself on `focus()`.
 */
export function handleToolbarKeydown(event: KeyboardEvent): void {
  const step = STEPS[event.key];
  const toolbar = event.currentTarget as HTMLElement;
  const path = event.composedPath();
  // Arrows keep their own meaning in a text field or an open menu.
  if (step === undefined || path.some((node) => isOwnArrowKeys(node))) return;
  const controls = [...toolbar.children]
    .flatMap((child) => (child instanceof HTMLSlotElement ? child.assignedElements() : [child]))
    .filter((control) => control instanceof HTMLElement && !control.hidden) as HTMLElement[];
  const at = controls.findIndex((control) => path.includes(control));
  if (at < 0 || !controls.length) return;
  const next = step === 'first' ? 0 : step === 'last' ? controls.length - 1 : at + step;
  controls[(next + controls.length) % controls.length]!.focus();
  event.preventDefault();
}

const STEPS: Record<string, number | 'first' | 'last'> = {
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
