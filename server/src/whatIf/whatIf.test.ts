import { aBody, aLink, aCooperationState, anActor, anExpectation } from '../../../tests/helpers/analysisBuilders';
import { AppError } from '../db/errors';
import type { GapInput } from '../gaps/gapInput';
import { previewChanges } from './whatIf';

const kommun = anActor('kommun', 'Municipality');
const agencies = ['af', 'fk', 'polis'].map((id) => anActor(id, 'Agency'));

function starInput(): GapInput {
  const cooperation = aCooperationState({
    actors: [kommun, ...agencies],
    bodies: [aBody('samrad', ['kommun', 'af'])],
    links: [aLink('kommun', 'fk')],
  });
  return { cooperation, expectations: [anExpectation('kommun', 'af'), anExpectation('kommun', 'polis')] };
}

describe('the what-if preview', () => {
  it('shows the gaps a tentative party and goal area would close and the silo figures that would change', () => {
    const input = starInput();
    const preview = previewChanges(input, {
      addMemberships: [{ actorId: 'polis', bodyId: 'samrad', goalAreaIds: ['goal-employment'] }],
    });
    expect(preview.before).toEqual({
      pairs: { linked: 0, indirect: 0, missing: 2, total: 2 },
      silos: { actors: 3, oneAgencyAtATime: 1, stovepipe: 2, twoPartyBody: 1 },
    });
    expect(preview.after).toEqual({
      pairs: { linked: 0, indirect: 2, missing: 0, total: 2 },
      silos: { actors: 4, oneAgencyAtATime: 0, stovepipe: 1, twoPartyBody: 0 },
    });
    expect(preview.changedPairs.map((change) => [change.pair.id, change.before, change.pair.status])).toEqual([
      ['rule-af/kommun/af', 'missing', 'indirect'],
      ['rule-polis/kommun/polis', 'missing', 'indirect'],
    ]);
    expect(preview.changedActors.map((change) => [change.after.actor.id, change.before.flags, change.after.flags])).toEqual([
      ['kommun', ['oneAgencyAtATime'], []],
      ['af', ['stovepipe'], []],
      ['polis', [], []],
    ]);
    expect(input.cooperation.bodies[0]?.memberIds).toEqual(['kommun', 'af']);
  });

  it('closes a gap with a tentative bilateral link', () => {
    const preview = previewChanges(starInput(), { addLinks: [{ fromId: 'kommun', toId: 'polis' }] });
    expect(preview.changedPairs.map((change) => [change.pair.id, change.pair.status, change.pair.links.map((link) => link.id)])).toEqual([
      ['rule-polis/kommun/polis', 'linked', ['what-if-link-1']],
    ]);
  });

  it.each([
    [{ addMemberships: [{ actorId: 'nobody', bodyId: 'samrad' }] }, 'changes.addMemberships[0].actorId: no actor with id "nobody" exists on 2007-06-30.'],
    [{ addMemberships: [{ actorId: 'polis', bodyId: 'no-body' }] }, 'changes.addMemberships[0].bodyId: no body with id "no-body" exists on 2007-06-30.'],
    [{ addMemberships: [{ actorId: 'af', bodyId: 'samrad' }] }, 'changes.addMemberships[0]: "af" is already a party to "samrad".'],
    [{ addLinks: [{ fromId: 'kommun', toId: 'kommun' }] }, 'changes.addLinks[0]: a link needs two different actors.'],
    [{ addLinks: [{ fromId: 'kommun', toId: 'af', goalAreaIds: ['goal-x'] }] }, 'changes.addLinks[0].goalAreaIds: no goal area with id "goal-x".'],
    [{}, 'changes: name at least one membership or link to add.'],
  ])('refuses bad input with a message that names the field: %j', (changes, message) => {
    expect(() => previewChanges(starInput(), changes)).toThrow(new AppError('BAD_USER_INPUT', message));
    expect(() => previewChanges(starInput(), changes)).toThrow(AppError);
  });

  it('refuses more changes than it previews at once', () => {
    const addLinks = Array.from({ length: 51 }, () => ({ fromId: 'kommun', toId: 'af' }));
    expect(() => previewChanges(starInput(), { addLinks })).toThrow('changes: at most 50 changes can be previewed at once.');
  });
});
