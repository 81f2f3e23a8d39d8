import type { AgreementSide, AgreementTerms, Contact } from '@scn/contracts';
import { AggregateRoot } from '@scn/platform/domain';
import canonicalize from 'canonicalize';
import type { Actor } from './partnership.actor';
import { PartnershipErrors as E } from './partnership.errors';
import type { PartnershipEvent } from './partnership.events';
import type { AgreementVersionRecord, ApprovalRecord, PartnershipState } from './partnership.state';
import { assertAllowed } from './partnership.transitions';
import { termsHash } from './terms-hash';

const SIDES: readonly AgreementSide[] = ['member', 'partner'];

export interface ProposeInput {
  id: string;
  memberProgram: { id: string; cityId: string; countryCode: string };
  partnerCity: { id: string; countryCode: string };
  terms: AgreementTerms;
  memberContacts: Contact[];
  partnerContacts: Contact[];
}

export type ApprovalInput = Pick<ApprovalRecord, 'version' | 'termsHash' | 'side' | 'signatoryName' | 'signatoryOffice' | 'signedOn'> & {
  documentRef?: string | null;
};

/** Which rows of the agreement the commands since the last pull added or changed, beside the partnership's own. */
export interface AgreementWrites {
  newApprovals: ApprovalRecord[];
  /** Versions created or whose state changed. */
  touchedVersions: AgreementVersionRecord[];
}

/**
 * A partnership and its versioned agreement: enforces the lifecycle and records, for each
 * command, one history line and the events to publish (AggregateRoot). Knows nothing of
 * storage beyond which of its rows changed.
 */
export class PartnershipAgreement extends AggregateRoot<PartnershipEvent> {
  private writes: AgreementWrites = { newApprovals: [], touchedVersions: [] };

  private constructor(private readonly s: PartnershipState) {
    super();
  }

  static restore(state: PartnershipState): PartnershipAgreement {
    return new PartnershipAgreement(structuredClone(state));
  }

  /** A new partnership in status proposed with the terms as version 1 (a draft both sides will sign). */
  static propose(input: ProposeInput, actor: Actor): PartnershipAgreement {
    if (!actor.sides.has('member')) throw E.notYourSide('member');
    if (input.memberProgram.countryCode === input.partnerCity.countryCode) throw E.sameCountry(input.partnerCity.countryCode);
    const hash = termsHash(input.terms);
    const v1: AgreementVersionRecord = { version: 1, terms: input.terms, termsHash: hash, state: 'draft', createdBy: actor.accountId };
    const agreement = new PartnershipAgreement({
      id: input.id,
      memberProgramId: input.memberProgram.id,
      memberCityId: input.memberProgram.cityId,
      partnerCityId: input.partnerCity.id,
      kind: input.terms.kind,
      focusAreas: [...input.terms.focusAreas],
      status: 'proposed',
      startDate: null,
      currentVersion: 1,
      inForceVersion: null,
      pendingTermination: null,
      memberContacts: input.memberContacts,
      partnerContacts: input.partnerContacts,
      versions: [v1],
      approvals: [],
    });
    agreement.writes.touchedVersions.push(v1);
    agreement.recordEvent({
      type: 'partnership.proposed.v1',
      data: {
        ...agreement.ref(),
        version: 1,
        termsHash: hash,
        kind: input.terms.kind,
        focusAreas: input.terms.focusAreas,
        // Whom to tell: the notifications service learns the contacts from here on.
        memberContacts: input.memberContacts,
        partnerContacts: input.partnerContacts,
      },
    });
    agreement.recordChange('proposed', { version: 1, termsHash: hash, partnerCityId: input.partnerCity.id });
    return agreement;
  }

  get state(): Readonly<PartnershipState> {
    return this.s;
  }

  /** The version under negotiation (a draft) or, with none pending, the one in force. */
  get current(): AgreementVersionRecord | undefined {
    return this.version(this.s.currentVersion);
  }

  /** The draft waiting for both approvals, if any (the first proposal, or an amendment). */
  get pendingDraft(): AgreementVersionRecord | undefined {
    return this.s.versions.find((v) => v.state === 'draft');
  }

  /** Takes (and clears) the rows the commands since the last call added or changed. */
  pullWrites(): AgreementWrites {
    const writes = this.writes;
    this.writes = { newApprovals: [], touchedVersions: [] };
    return writes;
  }

  /**
   * One side signs the current version. The approval names the version and the hash of
   * the terms it signs: anything else is stale. When both sides have signed it, it is in
   * force (and a proposed partnership becomes active, from the later signature's date).
   */
  approve(actor: Actor, input: ApprovalInput, now: Date): void {
    this.requireSide(actor, input.side);
    assertAllowed(this.s.status, 'approve');
    const current = this.current;
    if (!current) throw E.illegalTransition(this.s.status, 'approved (it has no terms to approve)');
    if (input.version !== current.version || input.termsHash !== current.termsHash) throw E.staleVersion(current.version, current.termsHash);
    if (current.state === 'in_force' || this.approvalOf(current.version, input.side)) throw E.alreadyApproved(input.side, current.version);
    if (input.signedOn > isoDate(new Date(now.getTime() + 24 * 3_600_000))) throw E.signedInFuture(input.signedOn);
    const approval: ApprovalRecord = {
      version: current.version,
      side: input.side,
      termsHash: current.termsHash,
      signatoryName: input.signatoryName,
      signatoryOffice: input.signatoryOffice,
      signedOn: input.signedOn,
      documentRef: input.documentRef ?? null,
      approvedBy: actor.accountId,
    };
    this.s.approvals.push(approval);
    this.writes.newApprovals.push(approval);
    const { version, side, signatoryName, signatoryOffice } = approval;
    this.recordEvent({
      type: 'partnership.approved.v1',
      data: { ...this.ref(), version, termsHash: current.termsHash, side, signatoryName, signatoryOffice },
    });
    const signed = SIDES.every((s) => this.approvalOf(current.version, s));
    const firstSigning = signed && this.s.status === 'proposed';
    if (signed) this.bringIntoForce(current);
    const { signedOn, documentRef } = approval;
    this.recordChange('approved', { version, side, signatoryName, signatoryOffice, signedOn, documentRef, inForce: signed, firstSigning });
  }

  /** New terms for an active partnership: a draft version both sides must approve; the version in force stays. */
  amend(actor: Actor, terms: AgreementTerms): void {
    this.requireAnySide(actor);
    assertAllowed(this.s.status, 'amend');
    const pending = this.pendingDraft;
    if (pending) throw E.amendmentPending(pending.version);
    const hash = termsHash(terms);
    const inForce = this.s.inForceVersion === null ? undefined : this.version(this.s.inForceVersion);
    if (inForce && inForce.termsHash === hash) throw E.termsUnchanged(inForce.version);
    const next = Math.max(this.s.currentVersion, ...this.s.versions.map((v) => v.version)) + 1;
    const draft: AgreementVersionRecord = { version: next, terms, termsHash: hash, state: 'draft', createdBy: actor.accountId };
    this.s.versions.push(draft);
    this.s.currentVersion = next;
    this.writes.touchedVersions.push(draft);
    this.recordEvent({ type: 'partnership.terms-amended.v1', data: { ...this.ref(), version: next, termsHash: hash } });
    this.recordChange('terms-amended', { version: next, termsHash: hash, sides: [...actor.sides] });
  }

  /** Withdraws the pending amendment: the version in force is current again. */
  revertAmendment(actor: Actor): void {
    this.requireAnySide(actor);
    assertAllowed(this.s.status, 'revertAmendment');
    const draft = this.pendingDraft;
    if (!draft) throw E.nothingToRevert();
    this.setVersionState(draft, 'withdrawn');
    this.s.currentVersion = this.s.inForceVersion ?? Math.max(1, draft.version - 1);
    this.recordEvent({ type: 'partnership.amendment-reverted.v1', data: { ...this.ref(), version: draft.version, inForceVersion: this.s.currentVersion } });
    this.recordChange('amendment-reverted', { version: draft.version, inForceVersion: this.s.currentVersion });
  }

  /** Pauses an active partnership (its exchange programs pause too); staff or the member program. */
  suspend(actor: Actor, reason: string): void {
    this.requireSide(actor, 'member');
    assertAllowed(this.s.status, 'suspend');
    this.s.status = 'suspended';
    this.recordEvent({ type: 'partnership.suspended.v1', data: { ...this.ref(), reason } });
    this.recordChange('suspended', { reason });
  }

  reactivate(actor: Actor): void {
    this.requireSide(actor, 'member');
    assertAllowed(this.s.status, 'reactivate');
    this.s.status = 'active';
    this.recordEvent({ type: 'partnership.reactivated.v1', data: this.ref() });
    this.recordChange('reactivated');
  }

  /**
   * One side asks to end the partnership; the other side approves (approveTermination). A
   * partnership never signed is simply withdrawn, and staff may terminate at once.
   */
  proposeTermination(actor: Actor, input: { side: AgreementSide; reason: string; immediately?: boolean }, now: Date): void {
    this.requireSide(actor, input.side);
    assertAllowed(this.s.status, 'proposeTermination');
    if (input.immediately && !actor.staff) throw E.staffOnly();
    if (this.s.status === 'proposed') return this.terminate(input.reason, 'withdrawn before signing', input.side);
    if (input.immediately) return this.terminate(input.reason, 'by network staff', input.side);
    if (this.s.pendingTermination) throw E.terminationPending(this.s.pendingTermination.side);
    this.s.pendingTermination = { side: input.side, reason: input.reason, proposedBy: actor.accountId, at: now.toISOString() };
    this.recordEvent({ type: 'partnership.termination-proposed.v1', data: { ...this.ref(), side: input.side, reason: input.reason } });
    this.recordChange('termination-proposed', { side: input.side, reason: input.reason });
  }

  approveTermination(actor: Actor, side: AgreementSide): void {
    this.requireSide(actor, side);
    assertAllowed(this.s.status, 'approveTermination');
    const pending = this.s.pendingTermination;
    if (!pending) throw E.noTerminationPending();
    if (pending.side === side) throw E.ownTermination(side);
    this.terminate(pending.reason, `approved by the ${side} side`, side);
  }

  /** Contacts are not terms: they change without re-approval. Setting the same contacts changes nothing. */
  setContacts(actor: Actor, side: AgreementSide, contacts: Contact[]): void {
    this.requireSide(actor, side);
    assertAllowed(this.s.status, 'setContacts');
    const key = side === 'member' ? 'memberContacts' : 'partnerContacts';
    // Compared by content (canonical JSON): key order and object origin do not matter.
    if (canonicalize(this.s[key]) === canonicalize(contacts)) return;
    this.s[key] = contacts;
    this.recordEvent({ type: 'partnership.contact-changed.v1', data: { ...this.ref(), side, contacts } });
    this.recordChange('contacts-changed', { side, contacts: contacts.length });
  }

  private bringIntoForce(version: AgreementVersionRecord): void {
    const previous = this.s.inForceVersion === null ? undefined : this.version(this.s.inForceVersion);
    if (previous) this.setVersionState(previous, 'superseded');
    this.setVersionState(version, 'in_force');
    this.s.inForceVersion = version.version;
    this.s.kind = version.terms.kind;
    this.s.focusAreas = [...version.terms.focusAreas];
    const firstSigning = this.s.status === 'proposed';
    if (firstSigning) {
      this.s.status = 'active';
      // Effective when the last signature was given.
      this.s.startDate = this.s.approvals.filter((a) => a.version === version.version).map((a) => a.signedOn).sort().at(-1) ?? null;
    }
    this.recordEvent({
      type: 'partnership.activated.v1',
      data: { ...this.ref(), version: version.version, termsHash: version.termsHash, startDate: this.s.startDate, firstSigning },
    });
  }

  private terminate(reason: string, how: string, side: AgreementSide): void {
    this.s.status = 'terminated';
    this.s.pendingTermination = null;
    const draft = this.pendingDraft;
    if (draft) this.setVersionState(draft, 'withdrawn');
    if (this.s.inForceVersion !== null) this.s.currentVersion = this.s.inForceVersion;
    this.recordEvent({ type: 'partnership.terminated.v1', data: { ...this.ref(), reason } });
    this.recordChange('terminated', { reason, how, side });
  }

  private requireSide(actor: Actor, side: AgreementSide): void {
    if (!actor.sides.has(side)) throw E.notYourSide(side);
  }

  private requireAnySide(actor: Actor): void {
    if (actor.sides.size === 0) throw E.notAParty();
  }

  private version(n: number): AgreementVersionRecord | undefined {
    return this.s.versions.find((v) => v.version === n);
  }

  private approvalOf(version: number, side: AgreementSide): ApprovalRecord | undefined {
    return this.s.approvals.find((a) => a.version === version && a.side === side);
  }

  private setVersionState(version: AgreementVersionRecord, state: AgreementVersionRecord['state']): void {
    version.state = state;
    if (!this.writes.touchedVersions.includes(version)) this.writes.touchedVersions.push(version);
  }

  private ref() {
    const { id, memberProgramId, memberCityId, partnerCityId } = this.s;
    return { partnershipId: id, memberProgramId, memberCityId, partnerCityId };
  }
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
