import { describe, expect, it } from 'vitest';
import { contentDisposition } from './attachment';

describe('a download names its file for every browser', () => {
  it('keeps a Polish name exactly (UTF-8) and gives older clients a plain ASCII one', () => {
    expect(contentDisposition('Lista obecności – Łódź.pdf')).toBe(
      `attachment; filename="Lista obecnosci _ Lodz.pdf"; ` +
        `filename*=UTF-8''Lista%20obecno%C5%9Bci%20%E2%80%93%20%C5%81%C3%B3d%C5%BA.pdf`,
    );
    expect(decodeURIComponent(contentDisposition('zaświadczenie "ZUK".pdf').split("UTF-8''")[1]!)).toBe(
      'zaświadczenie "ZUK".pdf',
    );
    expect(contentDisposition('a.pdf', true)).toMatch(/^inline; /);
  });
});
