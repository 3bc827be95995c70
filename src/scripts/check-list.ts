/**
 * Turns the checklist into checkboxes that stay ticked for this page on this
 * device (localStorage only; nothing leaves the device). Without JS it is a
 * plain list with empty boxes, on screen and on paper.
 */
class CheckList extends HTMLElement {
  connectedCallback() {
    const key = `checklist:${location.pathname}`;
    let saved: number[] = [];
    try {
      saved = JSON.parse(localStorage.getItem(key) ?? '[]');
    } catch {
      // Storage blocked: the boxes still tick, they just are not kept.
    }
    const boxes = [...this.querySelectorAll('li')].map((li, i) => {
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = saved.includes(i);
      const label = document.createElement('label');
      label.append(box, ...li.childNodes);
      li.append(label);
      return box;
    });
    const save = () => {
      try {
        localStorage.setItem(key, JSON.stringify(boxes.flatMap((box, i) => (box.checked ? [i] : []))));
      } catch {
        // As above.
      }
    };
    this.addEventListener('change', save);
    this.querySelector('button')?.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      save();
    });
  }
}
customElements.define('check-list', CheckList);
