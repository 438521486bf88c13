import { describe, expect, it } from 'vitest';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

describe('two people on one board', () => {
  const fixture = withApp();

  async function openTogether() {
    const alice = await fixture.person({ name: 'Alice Adams', color: '#e03131' });
    const bob = await fixture.person({ name: 'Bob Brown', color: '#2f9e44' });
    await alice.page.goto(fixture.app.url);
    await alice.page.getByTestId('new-board').click();
    await alice.page.waitForURL(/\/r\//);
    const aliceBoard = new BoardDriver(alice.page);
    await aliceBoard.expectStatus('connected');
    const bobBoard = await BoardDriver.open(bob.page, alice.page.url());
    return { alice, bob, aliceBoard, bobBoard };
  }

  it('shares the title both ways', async () => {
    const { alice, bob, aliceBoard, bobBoard } = await openTogether();
    await eventually(() => bobBoard.title()).toBe('');

    await aliceBoard.rename('Quarterly roadmap');
    await eventually(() => bobBoard.title()).toBe('Quarterly roadmap');
    await eventually(() => bob.page.title()).toBe('Quarterly roadmap · Sketchroom');

    await bobBoard.rename('Roadmap, revised');
    await eventually(() => aliceBoard.title()).toBe('Roadmap, revised');

    // Escape abandons an edit: nothing reaches the other side.
    const input = alice.page.getByTestId('title-input');
    await input.click();
    await input.fill('Scrapped name');
    await input.press('Escape');
    await eventually(() => aliceBoard.title()).toBe('Roadmap, revised');
    // A later edit from Alice travels behind anything the abandoned one could have sent:
    // once Bob has the rectangle, he would also have the scrapped name.
    await drawRectangle(alice.page, [500, 300], [600, 380]);
    await eventually(() => shapeCount(bob.page)).toBe(1);
    expect(await bobBoard.title()).toBe('Roadmap, revised');
  });

  it('shows each person the other, and the head count', async () => {
    const { alice, bob, aliceBoard, bobBoard } = await openTogether();
    await eventually(() => aliceBoard.peopleCount()).toBe(2);
    await eventually(() => bobBoard.peopleCount()).toBe(2);
    expect(await aliceBoard.personNames()).toEqual(['Alice Adams (you)', 'Bob Brown']);
    expect(await bobBoard.personNames()).toEqual(['Bob Brown (you)', 'Alice Adams']);
    await screenshot(alice.page, 'board-two-people-light');

    // Bob renames himself; Alice sees it without reloading.
    await bob.page.locator('[data-testid^="person-"][data-self]').click();
    const nameField = bob.page.getByTestId('identity-name');
    await nameField.fill('Bobby Tables');
    await bob.page.getByTestId('identity-color-5f3dc4').click();
    await screenshot(bob.page, 'board-identity-editor-light');
    await nameField.press('Enter');
    await eventually(() => aliceBoard.personNames()).toEqual(['Alice Adams (you)', 'Bobby Tables']);
    const bobOnAlice = alice.page.locator('[data-testid^="person-"][data-name="Bobby Tables"]');
    expect(await bobOnAlice.locator('.avatar').evaluate((el) => el.style.background)).toBe(
      'rgb(95, 61, 196)',
    );

    // Following Bob shows whose view Alice is on, until she stops.
    await bobOnAlice.click();
    const banner = alice.page.getByTestId('follow-banner');
    await eventually(() => banner.textContent()).toBe('Following Bobby Tables');
    expect(await bobOnAlice.getAttribute('aria-pressed')).toBe('true');
    await screenshot(alice.page, 'board-following-light');
    await alice.page.getByTestId('follow-stop').click();
    await eventually(() => banner.count()).toBe(0);

    // Leaving removes Bob from Alice's list.
    await bob.context.close();
    await eventually(() => aliceBoard.peopleCount()).toBe(1);
    expect(await aliceBoard.personNames()).toEqual(['Alice Adams (you)']);
  });
});
