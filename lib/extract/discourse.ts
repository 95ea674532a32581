import type { Claim, Passage, PartialDate } from "../schema/article";
import type { ActorMatcher } from "./actors";
import { type Place, precisionOfKind } from "../schema/gazetteer";
import { claimId, datelineEnd, extractClaims, headNoun, type ClaimContext, type Focus, type PassageEvidence } from "./claims";
import { type FoundDate, isReportingDate, resolveDates } from "./dates";
import { contains, type FocusEvent, findEventAnaphor, findEventDating, refinedPlaces } from "./event-focus";
import { normalizeText } from "../text/normalize-ar";
import { headlineSuperseded } from "./group-resolution";
import { STILL } from "./outcomes";
import { summarize } from "./summary";

/**
 * The article read in order, headline first. The reader keeps in focus the groups, places and
 * date last named, so a passage that says "the group", "المسلحين", "the city" or "the attack"
 * without naming them gets them from context (claims.ts decides when a passage may borrow:
 * only with such a cue and none of its own). It also carries the sourcing of a paragraph
 * ("X reported this") back to the sentence before it.
 */
export interface Discourse {
  read(ev: PassageEvidence): Claim[];
  /** After the last passage: decisions that need the whole article; returns claims to drop. */
  finish(): Set<Claim>;
}

export function createDiscourse(opts: { slug: string; published?: PartialDate; actors: ActorMatcher }): Discourse {
  const focus: Focus = {};
  const salience = new Map<string, number>();
  const heads = new Map<string, Set<string>>();
  const ctx: ClaimContext = { slug: opts.slug, published: opts.published, actors: opts.actors, focus };
  const claimsByPassage = new Map<string, Claim[]>();
  const placesOf = new Map<Claim, Place[]>();
  const named = new Map<string, number>();
  let prev: Passage | undefined;
  let headlineId: string | undefined;
  let ledeDay: PartialDate | undefined;
  // The year the story's events were last dated by ("جندت ... خلال عام 2015"), while no finer date
  // has come since: an event told later with no date of its own belongs to it.
  let storyYear: PartialDate | undefined;
  // The day of a statement ("claimed responsibility on Monday", "Trump said on Sunday") that dated
  // claims for want of the event's own day; a later passage that tells that day ("The raid took
  // place late on Saturday") gives it to them.
  let statementDay: string | undefined;
  const provisional = new Set<Claim>();
  // The act the story is telling (headline, lede) and the claims that told it so far; a later
  // "the attack took place in X" gives it its more precise place (see event-focus.ts).
  let event: FocusEvent | undefined;
  // Every place each act (kind and groups) was drawn at so far: kept as the article is read, not
  // searched for in every claim at each passage.
  const placedActs = new Map<string, Place[]>();
  const actKey = (c: Claim) => `${c.kind}|${c.actors.join()}`;
  // Passages read so far.
  let passagesRead = 0;
  const refinedAway = new Set<Claim>();

  function redateFromStatement(text: string, found: FoundDate[], eventOnly: boolean): void {
    const said = new Set(found.filter((d) => d.date.precision === "day" && isReportingDate(text, d)).map((d) => d.date.value));
    const told = found.filter((d) => d.date.precision === "day" && !isReportingDate(text, d));
    for (const c of lastClaims) {
      // A threat, a pledge or a defection is the statement itself: its day is the statement's.
      if (c.date?.precision !== "day" || c.kind === "threat" || c.kind === "pledge" || c.kind === "defection") continue;
      if (said.has(c.date.value) && !told.some((d) => d.date.value === c.date!.value)) {
        statementDay = c.date.value;
        provisional.add(c);
      } else if (c.date.inferred && c.date.value === statementDay) provisional.add(c);
    }
    // Only a passage that makes no claim and names no place of its own tells the same event.
    const day = eventOnly && statementDay ? told.find((d) => d.date.value < statementDay! && daysApart(d.date.value, statementDay!) <= STATEMENT_LAG) : undefined;
    if (!day) return;
    for (const c of provisional) if (c.date?.value === statementDay) c.date = { ...day.date, inferred: true };
    provisional.clear();
    statementDay = undefined;
  }
  let lastClaims: Claim[] = [];

  /** The claims of a passage that tell an act: the event in focus from here on (or more of it). */
  function followEvent(claims: Claim[], placeless: Claim[]): void {
    const act = claims.find((c) => c.kind === "attack" || c.kind === "territorial-loss") ?? claims.find((c) => c.kind === "presence");
    // "قتلوا في هجوم شنه مسلحو داعش على نقطة للجيش" with no place: an event still, for the next sentences to locate.
    if (!act && placeless[0]) event = { claims: [{ claim: placeless[0], places: [] }], at: passagesRead };
    if (!act) return;
    const told = { claim: act, places: placesOf.get(act) ?? [] };
    const head = event?.claims[0]?.claim;
    const related = (a: Place[], b: Place[]) => a.some((p) => b.some((q) => p.id === q.id || contains(p, q) || contains(q, p)));
    const same = head && head.kind === act.kind && head.actors.join() === act.actors.join() && event!.claims.every((c) => related(c.places, told.places));
    event = same ? { claims: [...event!.claims, told], at: passagesRead } : { claims: [told], at: passagesRead };
  }

  /**
   * "ووقع الهجوم في ...", "The attack took place near ...": the event in focus told again with a
   * place inside its own. One claim at the finer place, on this passage, replaces the coarser
   * ones; a passage that tells the act again with its own agent needs no help.
   */
  function locateEvent(ev: PassageEvidence, claims: Claim[], found: FoundDate[]): Claim | undefined {
    // An event told with no place is located by the next sentences or not at all.
    if (!event || (event.claims.every((c) => !c.places.length) && passagesRead - event.at > PLACELESS_REACH)) return undefined;
    const head = event.claims[event.claims.length - 1]!.claim;
    const anaphor = findEventAnaphor(ev.passage.text);
    if (!anaphor) return undefined;
    // "The fall of Hajin ..." told with its own loss claim: the passage has said it; nothing to add
    // (a presence of its own, "an offensive against IS in the area", does not tell the act).
    if (claims.some((c) => (c.kind === head.kind || (c.kind !== "presence" && anaphor.kinds.includes(c.kind))) && c.actors.join() === head.actors.join())) return undefined;
    const places = refinedPlaces({
      text: ev.passage.text,
      anaphor,
      event,
      places: ev.places.filter((r) => r.start >= datelineEnd(ev.passage.text)),
      groups: ev.actors.map((a) => ({ id: a.actor.id, start: a.start, ...(a.actor.parent ? { parent: a.actor.parent } : {}) })),
      dates: found,
    });
    // The same act already placed at a town of the area named ("the ambush near Tongo Tongo" and
    // later "the ambush happened in the Tillaberi region"): nothing finer to learn.
    if (!places.length) return undefined;
    const known = placedActs.get(actKey(head)) ?? [];
    if (places.some((q) => known.some((k) => k.id === q.id || contains(q, k)))) return undefined;
    const source = event.claims.find((c) => c.claim.date && !c.claim.date.inferred)?.claim ?? head;
    const mentioned = ev.places.filter((r) => places.some((q) => q.id === r.place.id) && r.start >= anaphor.start);
    const end = Math.max(anaphor.start, ...mentioned.map((r) => r.end));
    const placeIds = places.map((q) => q.id);
    // A headline's act is dated only at the end (finish): until then, by the day the lede told.
    const date = source.date ?? (focus.date ? { ...focus.date, inferred: true } : undefined);
    const claim: Claim = {
      ...source,
      ...(date ? { date } : {}),
      id: claimId(ev.passage.id, source.kind, source.actors, placeIds),
      passageId: ev.passage.id,
      span: { start: anaphor.start, end },
      quote: ev.passage.text.slice(anaphor.start, end),
      places: places.map((q) => {
        const r = mentioned.find((x) => x.place.id === q.id);
        return { placeId: q.id, precision: precisionOfKind(q.kind), ...(r ? { matched: ev.passage.text.slice(r.start, r.end) } : {}) };
      }),
      countries: [...new Set(places.filter((q) => q.kind !== "region").flatMap((q) => q.countries))],
      confidence: Math.max(...event.claims.map((c) => c.claim.confidence)),
      actorFrom: "context",
      actorPassageId: source.passageId,
    };
    delete claim.placeFrom;
    delete claim.placePassageId;
    claim.summary = summarize(claim, opts.actors, places);
    // "attacks in Abyan and Shabwa", then "the attack in Ataq" (in Shabwa): Abyan is another act's place; that claim stays.
    for (const c of event.claims) if (c.places.every((p) => places.some((q) => contains(p, q)))) refinedAway.add(c.claim);
    // A group's loss of a place is not also its presence there.
    if (claim.kind === "territorial-loss")
      for (let i = claims.length - 1; i >= 0; i--)
        if (claims[i]!.kind === "presence" && claims[i]!.actors.every((a) => claim.actors.includes(a)) && claims[i]!.places.some((cp) => placeIds.includes(cp.placeId)))
          claims.splice(i, 1);
    placesOf.set(claim, places);
    event = { claims: [{ claim, places }], at: passagesRead };
    return claim;
  }

  /**
   * "Sources said the attack occurred on Monday afternoon", "وذكرت المصادر أن الهجوم بدأ عصر أمس":
   * the event in focus takes the day a later sentence gives it, when it has none, only the
   * publication day it got for want of one, or a coarser date that holds the new one. A passage
   * that tells an act of its own, names another group or a place outside the event's tells
   * another event.
   */
  function dateEvent(ev: PassageEvidence, claims: Claim[], found: FoundDate[]): void {
    if (!event || passagesRead - event.at > DATING_REACH) return;
    const head = event.claims[event.claims.length - 1]!.claim;
    if (claims.some((c) => c.kind !== "presence" && !event!.claims.some((e) => e.claim === c))) return;
    const dating = findEventDating(ev.passage.text, found, (d) => isReportingDate(ev.passage.text, d));
    if (!dating) return;
    const inside = (at: number) => at >= dating.start && at < dating.end;
    const actors = new Set(head.actors);
    if (ev.actors.some((a) => inside(a.start) && !actors.has(a.actor.id) && !(a.actor.parent && actors.has(a.actor.parent)) && opts.actors.byId.get(a.actor.id)?.kind !== "person"))
      return;
    const places = event.claims.flatMap((c) => c.places);
    const related = (q: Place) => !places.length || places.some((p) => p.id === q.id || contains(p, q) || contains(q, p));
    if (ev.places.some((r) => r.via === "name" && inside(r.start) && !related(r.place))) return;
    const day = dating.date.date;
    if (opts.published?.precision === "day" && day.value.slice(0, 10) > opts.published.value) return;
    for (const { claim } of event.claims) {
      const d = claim.date;
      const coarse = !d || (d.inferred && d.value === opts.published?.value && d.value !== day.value) || (rank(d.precision) < rank(day.precision) && day.value.startsWith(d.value));
      if (coarse) claim.date = { ...day, inferred: true };
    }
    if (day.precision === "day") focus.date = day;
  }

  return {
    read(ev) {
      const p = ev.passage;
      const { claims, attribution, dates, placeless } = extractClaims(ev, ctx);
      passagesRead += 1;
      const located = locateEvent(ev, claims, dates ?? resolveDates(p.text, opts.published));
      if (located) claims.push(located);
      dateEvent(ev, claims, dates ?? resolveDates(p.text, opts.published));
      // "the raid targeted the home of a leader sheltering members of the group": a presence the
      // retold event shows was there on the event's day, not only as of publication.
      const retold = focus.date?.precision === "day" && !STILL.test(normalizeText(p.text)) ? findEventAnaphor(p.text) : null;
      for (const c of claims)
        if (retold && c.kind === "presence" && c.span.start >= retold.start && c.date?.inferred && c.date.value === opts.published?.value && focus.date!.value < c.date.value)
          c.date = { ...focus.date!, inferred: true };
      lastClaims = claims;
      for (const c of claims) if (!c.date && storyYear && c.kind !== "pledge" && c.kind !== "defection") c.date = { ...storyYear, inferred: true };
      const own = claims.find((c) => c.date && !c.date.inferred);
      if (own?.date) storyYear = own.date.precision === "year" ? own.date : undefined;
      const dateline = datelineEnd(p.text);
      const found = dates ?? resolveDates(p.text, opts.published).filter((d) => d.start >= dateline);
      redateFromStatement(p.text, found, claims.length === 0 && !ev.places.some((r) => r.via === "name" && r.start >= dateline));
      if (attribution?.backReference) {
        if (prev && prev.paragraph === p.paragraph) {
          for (const c of claimsByPassage.get(prev.id) ?? []) {
            if (c.attribution) continue;
            c.attribution = attribution.text;
            if (c.certainty === "asserted") c.certainty = "reported";
          }
        }
        // A sourcing sentence ("X reported this, citing Y") governs the rest of its paragraph.
        ctx.paragraphAttribution = { paragraph: p.paragraph, text: attribution.text };
      }
      // "In the same period" refers to the story's time line, not to a year mentioned in passing.
      const dated =
        claims.find((c) => c.date && c.date.precision !== "year" && !c.date.inferred) ??
        // The publication day a state got for want of a date ("now hold the district") is not the story's day.
        claims.find((c) => c.date && c.date.precision !== "year" && !(c.date.inferred && c.date.value === opts.published?.value));
      if (dated?.date) ctx.lastDate = dated.date;
      if (dated?.date && dated.date.precision === "day") focus.date = dated.date;
      // A passage that makes no claim can still set the day of the story ("A bomber struck on Monday").
      else if (!claims.length) {
        const day = found.find((d) => d.date.precision === "day");
        if (day) focus.date = day.date;
      }
      // "خلال العام", "that year": the year last named ("خلال عام 2015"), for the passages after.
      const years = found.filter((d) => d.date.precision === "year" && !d.date.inferred);
      if (years.length) focus.year = years[years.length - 1]!.date;
      updateFocus(focus, ev, opts.actors, salience, heads);
      claimsByPassage.set(p.id, claims);
      if (p.paragraph === 0 && prev === undefined) headlineId = focus.headlineId = p.id;
      for (const c of claims)
        placesOf.set(
          c,
          c.places.map((cp) => ev.places.find((r) => r.place.id === cp.placeId)?.place ?? focusPlace(focus, cp.placeId)).filter((x): x is Place => !!x),
        );
      for (const c of claims) placedActs.set(actKey(c), [...(placedActs.get(actKey(c)) ?? []), ...(placesOf.get(c) ?? [])]);
      for (const a of ev.actors) named.set(a.actor.id, (named.get(a.actor.id) ?? 0) + 1);
      followEvent(claims, placeless ?? []);
      // The day the lede tells (its first paragraph after the headline): the headline's event's day.
      if (headlineId && p.paragraph === 1 && focus.date?.precision === "day") ledeDay ??= focus.date;
      prev = p;
      return claims;
    },
    finish() {
      // An article about one branch of a group (named at least half as often as the parent) means
      // the branch when it says the parent ("Yemeni troops retake Mukalla from al-Qaeda" over a
      // story about AQAP). Pledges and defections keep both: there the parent is a party of its own.
      const branchOf = new Map<string, string[]>();
      for (const [id, n] of named) {
        const parent = opts.actors.byId.get(id)?.parent;
        if (parent && 2 * n >= (named.get(parent) ?? 0)) branchOf.set(parent, [...(branchOf.get(parent) ?? []), id]);
      }
      for (const [c, places] of placesOf) {
        if (c.kind === "pledge" || c.kind === "defection") continue;
        const actors = [...new Set(c.actors.map((a) => (branchOf.get(a)?.length === 1 ? branchOf.get(a)![0]! : a)))];
        if (actors.join() === c.actors.join()) continue;
        c.actors = actors;
        c.id = claimId(
          c.passageId,
          c.kind,
          actors,
          c.places.map((x) => x.placeId),
        );
        c.summary = summarize(c, opts.actors, places);
      }
      // A headline tells the lede's event without its date: it takes the date of the first
      // later claim of the same kind and groups (after the branch is settled: "Islamic State" in
      // the headline is the branch the lede names). The publication day a headline's presence
      // got only for want of a date gives way the same way.
      const headline = claimsByPassage.get(headlineId ?? "") ?? [];
      const undated = (c: Claim) => !c.date || (c.date.inferred && c.date.value === opts.published?.value);
      if (headline.some(undated)) {
        const all = [...claimsByPassage.values()].flat();
        for (const c of headline) {
          if (!undated(c)) continue;
          const later = all.find((x) => x !== c && x.passageId !== c.passageId && x.date && !undated(x) && x.kind === c.kind && x.actors.join() === c.actors.join());
          if (later?.date) c.date = { ...later.date, inferred: true };
          // "Spy agency blames Haqqani network for Kabul truck bomb": with no later telling of the
          // same claim, a headline's event happened on the day the lede tells.
          else if (!c.date && ledeDay && c.kind !== "pledge" && c.kind !== "defection") c.date = { ...ledeDay, inferred: true };
        }
      }
      // The same claim told in two passages (headline and lede, or lede and a later recap) is
      // corroborated: it is right more often than one told once.
      const told = new Map<string, Set<string>>();
      const fact = (c: Claim) =>
        [
          c.kind,
          [...c.actors].sort().join(),
          c.fromActor ?? "",
          c.toActor ?? "",
          c.places
            .map((x) => x.placeId)
            .sort()
            .join(),
        ].join("|");
      for (const c of placesOf.keys()) told.set(fact(c), (told.get(fact(c)) ?? new Set()).add(c.passageId));
      for (const c of placesOf.keys()) if (told.get(fact(c))!.size > 1) c.confidence = Math.min(0.95, Math.round((c.confidence + CORROBORATED) * 100) / 100);
      // "Algeria bombings" in a headline and "a bombing in Issers" in the lede are one fact told
      // at two precisions: the claim whose every place contains another's place is dropped.
      const dropped = new Set<Claim>(refinedAway);
      // A headline's group that the body replaces with the one that acted (see headlineSuperseded).
      const bodyClaims = [...claimsByPassage].filter(([id]) => id !== headlineId).flatMap(([, cs]) => cs);
      for (const c of headlineSuperseded(headline, bodyClaims, (x) => placesOf.get(x) ?? [])) dropped.add(c);
      // A leader stands for his group here: "Baghdadi hid in Barisha" places the group's presence
      // in north-west Syria too.
      const asGroup = (id: string) => (opts.actors.byId.get(id)?.kind === "person" ? (opts.actors.byId.get(id)!.affiliation[0] ?? id) : id);
      const key = (c: Claim) => [c.kind, [...new Set(c.actors.map(asGroup))].sort().join(), c.fromActor ?? "", c.toActor ?? ""].join("|");
      // Grouped by key once: comparing every claim with every other was quadratic on long input.
      const byKey = new Map<string, Claim[]>();
      for (const c of placesOf.keys()) byKey.set(key(c), [...(byKey.get(key(c)) ?? []), c]);
      for (const group of byKey.values()) {
        if (group.length < 2) continue;
        const towns = new Map<string, Place>();
        for (const c of group) for (const p of placesOf.get(c)!) if (p.kind === "city" || p.kind === "province") towns.set(p.id, p);
        const finer = [...towns.values()];
        for (const c of group) {
          const mine = placesOf.get(c)!;
          // Only a country or a region is dropped: a province and a town in it are often two facts.
          if (mine.length && mine.every((p) => (p.kind === "country" || p.kind === "region") && finer.some((q) => contains(p, q)))) dropped.add(c);
        }
      }
      // "The Taliban attacked the district" (a presence, as of publication for want of a day) and
      // "captured Khanabad" on the day told: one fact told twice; it keeps the event's date.
      const forWant = (c: Claim) => !!c.date?.inferred && c.date.value === opts.published?.value;
      const byFact = new Map<string, Claim[]>();
      for (const c of placesOf.keys()) if (c.kind === "presence" && !dropped.has(c)) byFact.set(fact(c), [...(byFact.get(fact(c)) ?? []), c]);
      for (const same of byFact.values()) if (same.some((c) => c.date && !forWant(c))) for (const c of same) if (forWant(c)) dropped.add(c);
      return dropped;
    },
  };
}

// How many days a statement may come after the event it tells of.
const STATEMENT_LAG = 7;

const daysApart = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);

// How many passages after the event was last told a sentence may still date it.
const DATING_REACH = 3;

const rank = (p: PartialDate["precision"]) => (p === "day" ? 2 : p === "month" ? 1 : 0);

// How many passages after an event told with no place a sentence may still locate it.
const PLACELESS_REACH = 2;

// What a second passage telling the same claim adds to its confidence.
const CORROBORATED = 0.1;

// Salience fades by this factor per passage, so "the group" follows the story as it moves on.
const DECAY = 0.6;

function focusPlace(focus: Focus, id: string): Place | undefined {
  return [focus.city, focus.province, focus.place].find((f) => f?.place.id === id)?.place;
}

/** Right before a group's name: the group a merger forms. */
const MERGED_INTO = /(?:merg\w* (?:into|to form)|to form|formed|(?:اندماج\S*|تندمج|اندمجت|اندمجوا|اندمج) (?:في|ضمن)|تشكيل|تاسيس)(?:\s+\S+){0,6}\s*$/u;

// What a group formed by a merger adds to its salience where it is named.
const FORMED = 2;

const SWORN_TO_LEAD = /(?:allegiance|loyalty|fealty|pledg\w*|swore|sworn)\s+(?:\S+\s+){0,2}?to\s+[^.!?]*$|(?:بايع|مبايع|ولاء|الولاء)\S*\s+[^.!?؟]*$/u;

function updateFocus(focus: Focus, ev: PassageEvidence, actors: ActorMatcher, salience: Map<string, number>, heads: Map<string, Set<string>>): void {
  const id = ev.passage.id;
  // A person stands for the group he leads when the text goes on about "the group".
  const groupOf = (a: PassageEvidence["actors"][number]) => (a.actor.kind === "person" ? (a.actor.affiliation[0] ?? a.actor.id) : a.actor.id);
  for (const [g, v] of salience) salience.set(g, v * DECAY);
  // The headline and the first mention in a passage (usually its subject) weigh most.
  ev.actors.forEach((a, i) => {
    const g = groupOf(a);
    if (!actors.byId.has(g)) return;
    // The group sworn to ("pledged allegiance to ISIS and its caliph") is not what the story is about.
    const sworn = SWORN_TO_LEAD.test(normalizeText(ev.passage.text.slice(Math.max(0, a.start - 60), a.start)));
    // "merged into JNIM", "اندماجها في ... جماعة نصرة الإسلام": the new group is what the story follows.
    const formed = MERGED_INTO.test(normalizeText(ev.passage.text.slice(Math.max(0, a.start - 60), a.start)));
    if (formed) focus.formed = g;
    salience.set(g, (salience.get(g) ?? 0) + (sworn ? 0.5 : i === 0 ? 1.5 : 1) + (ev.passage.paragraph === 0 && !sworn ? 1 : 0) + (formed ? FORMED : 0));
    const head = headNoun(ev.passage.text.slice(Math.max(0, a.start - 8), a.end));
    if (head) heads.set(g, (heads.get(g) ?? new Set()).add(head));
  });
  const groups = ev.actors.map(groupOf).filter((g) => actors.byId.has(g));
  if (groups.length) {
    const ids = [...salience.entries()]
      .filter(([, v]) => v > 0.3)
      .sort((a, b) => b[1] - a[1])
      .map(([g]) => g);
    const branches = new Map<string, string>();
    for (const g of ids) {
      const parent = actors.byId.get(g)?.parent;
      if (parent) branches.set(g, parent);
    }
    focus.groups = { ids, passageId: id, heads, branches };
  }
  // The dateline's city is where the wire filed from; "the city" later is not it.
  const dateline = datelineEnd(ev.passage.text);
  const named = ev.places.filter((r) => r.via === "name" && r.start >= dateline);
  const city = named.find((r) => r.place.kind === "city");
  const province = named.find((r) => r.place.kind === "province");
  // A new paragraph about another country ("In Nigeria, ...") leaves the town and province in
  // focus behind: "the city" after it is not a city of the country the story left.
  const countries = named.filter((r) => r.place.kind === "country").map((r) => r.place.countries[0]);
  const elsewhere = (f: Focus["city"]) => !!f && countries.length > 0 && !countries.some((c) => f.place.countries.includes(c!));
  if (!city && elsewhere(focus.city)) delete focus.city;
  // "withdrew from a district headquarters in Paktia province": a town of another province is no
  // longer the one "the district" means; the province named is the most that is known of it.
  if (!city && province && focus.city && focus.city.place.province !== province.place.iso) delete focus.city;
  if (!province && elsewhere(focus.province)) delete focus.province;
  if (city) focus.city = { place: city.place, passageId: id };
  if (province) focus.province = { place: province.place, passageId: id };
  const finest = city ?? province ?? named.find((r) => r.place.kind === "country") ?? named[0];
  if (finest) focus.place = { place: finest.place, passageId: id };
}
