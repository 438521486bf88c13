export {
  canWrite,
  isLinkKind,
  isRole,
  LinkKind,
  linkKindOfRole,
  Role,
  roleOfLinkKind,
} from './roles.ts';
export {
  tokenClaimsOf,
  tokenPayloadOf,
  type TokenClaims,
  type TokenPayload,
} from './token-claims.ts';
export {
  boardApiPaths,
  boardLinksOf,
  isCreatedBoard,
  type BoardLinks,
  type CreatedBoard,
  type LinkTokens,
  type RestoredVersion,
  type VersionKind,
  type VersionList,
  type VersionSummary,
} from './board-api.ts';
