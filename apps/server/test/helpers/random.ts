export { seededRandom } from '../../../../test/support/seeded-random.ts';
