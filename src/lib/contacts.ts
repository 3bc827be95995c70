/**
 * Links for contact points: a reader on a phone taps to call or write.
 */
import type { Contact } from '../schemas/carrier';

/**
 * Where a contact point's link goes, or undefined when it has none (a
 * WhatsApp number is shown, not linked: the only links to WhatsApp we could
 * make would be addresses no source gives).
 */
export function contactHref({ kind, value }: Pick<Contact, 'kind' | 'value'>): string | undefined {
  switch (kind) {
    case 'phone':
    case 'short-code': {
      // A code written with letters (#PORT) is dialled as its source writes it, not guessed into digits.
      if (/\p{L}/u.test(value)) return undefined;
      // Keep what a dialler needs: +, digits, * and # (escaped, since # starts a fragment).
      const dial = value.replace(/[^\d+*#]/g, '').replaceAll('#', '%23');
      return dial ? `tel:${dial}` : undefined;
    }
    case 'email':
      return `mailto:${value}`;
    case 'web':
    case 'app':
      return /^https:\/\//.test(value) ? value : undefined;
    default:
      return undefined;
  }
}
