"""The memo's proposed text ("Concepttekst, door Chinadossier voorgesteld"): key points,
options and advice, talking points and questions, worked out from a briefing snapshot.

The snapshot itself (what the reader may see, read in one transaction) is made by
services.briefing; everything here reads only the snapshot.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from chinadossier.domain import briefing as b
from chinadossier.domain import plural
from chinadossier.domain.briefing import (
    BriefingSnapshot,
    ScopeKind,
)
from chinadossier.domain.clock import AMSTERDAM
from chinadossier.domain.codes import (
    ActionStatus,
    DecisionOutcome,
    RiskLevel,
    TieStatus,
)
from chinadossier.domain.date_words import dutch_date
from chinadossier.domain.labels import label
from chinadossier.domain.partial_date import PartialDate
from chinadossier.domain.tie_text import ended_on, memo_date, tie_sentence


def memo_day(moment: dt.datetime) -> dt.date:
    """The day of an instant in Europe/Amsterdam (a naive moment: its own date)."""
    return moment.astimezone(AMSTERDAM).date() if moment.tzinfo else moment.date()


def tie_status(t: b.TieItem) -> TieStatus:
    """The tie's status code (a snapshot made before `status_code` has only its label)."""
    if t.status_code is not None:
        return t.status_code
    return next((s for s in TieStatus if label(s) == t.status), TieStatus.UNKNOWN)


def t_start(t: b.TieItem) -> PartialDate | None:
    """The start of a tie in a snapshot made before `starts` (``since``: start or signing)."""
    return t.since if t.status_code is None else None


#: The order in which a memo names the statuses of its ties.
_STATUS_ORDER = (TieStatus.ACTIVE, TieStatus.PREPARATION, TieStatus.DORMANT,
                 TieStatus.SUSPENDED, TieStatus.UNKNOWN, TieStatus.ENDED)


def _scope_ties(snap: BriefingSnapshot) -> list[b.TieItem]:
    """The ties the advice is about: the tie of a tie memo, else every tie the memo shows."""
    if snap.scope.kind is ScopeKind.TIE:
        return list(snap.ties[:1])
    return list(snap.ties)


def _by_status(ties: Sequence[b.TieItem]) -> dict[TieStatus, list[b.TieItem]]:
    """The ties grouped by status, in `_STATUS_ORDER`."""
    groups: dict[TieStatus, list[b.TieItem]] = {}
    for t in ties:
        groups.setdefault(tie_status(t), []).append(t)
    return {s: groups[s] for s in _STATUS_ORDER if s in groups}


def status_word(status: TieStatus) -> str:
    """A status as a memo names it after a count: "actief", "opgeschort", "status onbekend"."""
    return "status onbekend" if status is TieStatus.UNKNOWN else label(status)


def status_summary(ties: Sequence[b.TieItem]) -> str:
    """ "2 banden, status onbekend"; "6 banden: 1 actief, 1 opgeschort, 4 beëindigd"."""
    groups = _by_status(ties)
    noun = plural.count(len(ties), "band", "banden")
    if len(groups) == 1:
        return f"{noun}, {status_word(next(iter(groups)))}"
    return f"{noun}: " + ", ".join(f"{len(g)} {status_word(s)}" for s, g in groups.items())


def _reason(status: TieStatus, ties: Sequence[b.TieItem]) -> str:
    """Why "voortzetten" cannot be advised for ties that all have this status (not active)."""
    one = len(ties) == 1
    subject = "de band" if one else "de banden"
    if status is TieStatus.ENDED:
        t = ties[0]
        when = f" {ended_on(t.ends, memo_date)}" if one and t.ends is not None else ""
        return (f"{subject} {'is' if one else 'zijn'} beëindigd{when}; voortzetten zoals nu kan "
                f"niet. Of {'de band' if one else 'een band'} opnieuw wordt aangegaan, vraagt "
                "een nieuw besluit.")
    if status is TieStatus.UNKNOWN:
        return (f"de huidige status van {subject} is onbekend; een advies over voortzetten "
                "vraagt eerst dat die status is vastgesteld.")
    return (f"{subject} {'is' if one else 'zijn'} {label(status)}, niet actief; of "
            f"{'zij wordt' if one else 'zij worden'} voortgezet, hervat of beëindigd, is een "
            "bestuurlijke afweging die deze notitie niet maakt.")


def _not_active(snap: BriefingSnapshot) -> str | None:
    """Why option A ("voortzetten") cannot be advised, or None when it can: the tie of a tie memo
    is not active, or no tie a wider memo shows is active. The reason follows the statuses the
    ties actually have (an unknown status is not an end)."""
    ties = _scope_ties(snap)
    if not ties:
        return None
    groups = _by_status(ties)
    if TieStatus.ACTIVE in groups:
        return None
    if len(groups) == 1:
        status, group = next(iter(groups.items()))
        return _reason(status, group)
    return (f"geen van de banden in deze notitie is actief ({status_summary(ties)}); per band "
            "is een eigen afweging nodig, die deze notitie niet maakt.")


def _numbers(ties: Sequence[b.TieItem]) -> str:
    return ", ".join(t.cite.record_no for t in ties)


def _condition(high: Sequence[b.RiskItem], ties: Sequence[b.TieItem]) -> str:
    """ "Beheers eerst …" for resuming these ties: a high risk about one of them, or about no
    tie the memo shows (never a risk of another tie)."""
    mine = {t.cite.record_no for t in ties}
    wanted = [r for r in high if r.subject_no is None or r.subject_no in mine]
    return (f"Beheers eerst {wanted[0].category_code} {wanted[0].title} "
            f"(netto {wanted[0].residual_score}).\n" if wanted else "")


def _status_options(status: TieStatus, ties: Sequence[b.TieItem],
                    high: Sequence[b.RiskItem]) -> list[str]:
    """The options for ties that all have this status (not active); none is advised."""
    one = len(ties) == 1
    band = "Band" if one else "Banden"
    condition = _condition(high, ties)
    if status is TieStatus.ENDED:
        return [
            "Optie A — Beëindiging afronden\nLopende contacten, acties en toezeggingen "
            "afronden en vastleggen.\nVoor: duidelijk voor partner en raad.\n"
            "Tegen: contacten met de partner vallen weg.",
            f"Optie B — {band} opnieuw aangaan\n{condition}Vraagt een nieuw besluit "
            "en een nieuwe afweging van de risico’s.\nVoor: het contact blijft mogelijk.\n"
            "Tegen: extra ambtelijke en bestuurlijke inzet.",
        ]
    if status is TieStatus.UNKNOWN:
        return [
            f"Optie A — Status van de {'band' if one else 'banden'} vaststellen\nBij de "
            f"partner en in het archief nagaan of de {'band' if one else 'banden'} nog "
            f"{'bestaat' if one else 'bestaan'}.\nVoor: de raad krijgt feiten.\n"
            "Tegen: ambtelijke inzet.",
            f"Optie B — {band} formeel beëindigen\nDe partner en de raad informeren.\n"
            "Voor: duidelijkheid.\nTegen: onomkeerbaar signaal naar de partner.",
        ]
    keep, resume = {
        TieStatus.SUSPENDED: ("Opschorting handhaven", f"{band} hervatten met voorwaarden"),
        TieStatus.DORMANT: (f"{band} slapend laten", f"{band} weer actief maken met voorwaarden"),
    }.get(status, ("Voorbereiding aanhouden", f"{band} aangaan met voorwaarden"))
    return [
        f"Optie A — {keep}\nDe huidige situatie handhaven; geen nieuwe afspraken.\n"
        "Voor: weinig inzet.\nTegen: onduidelijk voor partner en raad.",
        f"Optie B — {resume}\n{condition}Vraagt een bestuurlijk "
        "besluit.\nVoor: de samenwerking wordt weer stuurbaar.\nTegen: extra ambtelijke inzet.",
        f"Optie C — {band} beëindigen\nDe partner en de raad informeren.\n"
        "Voor: duidelijkheid.\nTegen: contacten met de partner vallen weg.",
    ]


def _options_not_active(snap: BriefingSnapshot, high: Sequence[b.RiskItem]) -> list[str]:
    """The options for a tie (or ties) that is not active, following each tie's status; none of
    them is marked as advice. Ties of different statuses get one option per status."""
    groups = _by_status(_scope_ties(snap))
    if len(groups) == 1:
        status, group = next(iter(groups.items()))
        return _status_options(status, group, high)
    out = []
    for letter, (status, group) in zip("ABCDEF", groups.items(), strict=False):
        nos = _numbers(group)
        if status is TieStatus.ENDED:
            out.append(f"Optie {letter} — Beëindiging afronden ({nos})\nLopende contacten, "
                       "acties en toezeggingen afronden en vastleggen.\nVoor: duidelijk voor "
                       "partner en raad.\nTegen: contacten met de partner vallen weg.")
        elif status is TieStatus.UNKNOWN:
            out.append(f"Optie {letter} — Status vaststellen ({nos})\nBij de partner en in het "
                       "archief nagaan of de band nog bestaat.\nVoor: de raad krijgt feiten.\n"
                       "Tegen: ambtelijke inzet.")
        else:
            ties_text = plural.count(len(group), "band", "banden")
            out.append(f"Optie {letter} — Besluiten over {ties_text} "
                       f"({label(status)}: {nos})\n{_condition(high, group)}Handhaven, hervatten "
                       "met voorwaarden of beëindigen; vraagt een bestuurlijk besluit.\n"
                       "Voor: de samenwerking wordt weer stuurbaar.\n"
                       "Tegen: extra ambtelijke inzet.")
    return out


def _within(snap: BriefingSnapshot) -> str:
    """" binnen de classificatie van deze notitie" when records were left out, else ""."""
    return f" {b.WITHIN}" if snap.left_out else ""


def key_points(snap: BriefingSnapshot, today: dt.date) -> tuple[b.KeyPoint, ...]:
    """Section 1: at most five bullets drawn from the snapshot itself.

    Every count, "hoogste" or "laatste" is computed from what the memo shows. When records were
    left out for their classification, the section says so once, above the bullets
    (memo.content.key_points_intro, `WITHIN`), not in every bullet: it covers all of them.
    """
    points: list[b.KeyPoint] = []
    if snap.scope.kind is ScopeKind.TIE and snap.ties:
        t = snap.ties[0]
        term = ""
        if t.term_ends_on:
            if t.term_ends_on < today:
                term = f"; de looptijd eindigde op {dutch_date(t.term_ends_on)}"
            elif tie_status(t) is TieStatus.ENDED:
                # An ended tie has no running term: the agreed end is no longer current.
                term = f"; de looptijd zou tot {dutch_date(t.term_ends_on)} lopen"
            else:
                term = f"; de looptijd eindigt op {dutch_date(t.term_ends_on)}"
        # Each fact from its own field: the start is never the date of the end or the status.
        sentence = tie_sentence(t.title, t.tie_type, tie_status(t), t.starts or t_start(t),
                                t.signed, t.ends, today)
        points.append(b.KeyPoint(f"{sentence}{term}.", (t.cite,)))
    elif snap.ties:
        # The statuses by name ("waarvan 0 actief" read as if unknown or suspended ties had
        # ended); with few ties, each with its status and dates.
        text = status_summary(snap.ties)
        if len(snap.ties) <= 3:
            same = len(_by_status(snap.ties)) == 1  # the status is said once, before the dash
            text += " — " + "; ".join(
                f"{t.title}{_period(t, same)}" for t in snap.ties)
        points.append(b.KeyPoint(f"{text}.", tuple(t.cite for t in snap.ties)))
    if snap.meetings:
        last = snap.meetings[-1]
        n = len(snap.meetings)
        points.append(b.KeyPoint(
            f"{n} {'contactmoment' if n == 1 else 'contactmomenten'} van "
            f"{dutch_date(snap.period_from)} tot en met {dutch_date(snap.period_to)}; "
            f"het laatste {'daarvan ' if snap.left_out else ''}op {dutch_date(last.held_on)}: "
            f"{last.title}.", (last.cite,)))
    if snap.risks:
        top = snap.risks[0]
        points.append(b.KeyPoint(
            f"Hoogste netto risico: {top.category_code} {top.title}, score "
            f"{top.residual_score} ({label(top.residual_level)}; bruto {top.inherent_score}).",
            (top.cite,)))
    open_actions = [a for a in snap.actions if a.status is ActionStatus.OPEN]
    if open_actions:
        overdue = [a for a in open_actions if a.overdue]
        n = len(open_actions)
        points.append(b.KeyPoint(
            f"{n} openstaande {'actie of toezegging' if n == 1 else 'acties en toezeggingen'}; "
            + (f"bij {len(overdue)} daarvan is de uiterste datum verstreken." if overdue
               else "bij geen daarvan is de uiterste datum verstreken."),
            tuple(a.cite for a in overdue[:3])))
    recent = [d for d in snap.decisions if d.decided_on >= snap.period_from]
    if recent:
        d = recent[-1]
        points.append(b.KeyPoint(
            f"Laatste besluit: {d.kind} van {dutch_date(d.decided_on)}, {d.title}"
            f"{outcome_text(d)}.", (d.cite,)))
    return tuple(points[:5])


def outcome_text(d: b.DecisionItem) -> str:
    """ " (aangenomen)"; nothing for an outcome that does not apply ("n.v.t." is not quoted)."""
    if not d.outcome or d.outcome == label(DecisionOutcome.NOT_APPLICABLE):
        return ""
    return f" ({d.outcome})"


def _period(t: b.TieItem, status_said: bool) -> str:
    """A tie's status and dates in a few words, for a wider memo's key point: " (opgeschort,
    sinds 2023)", " (beëindigd in 2020)"; without the status when the point already said it."""
    status = tie_status(t)
    if status is TieStatus.ENDED:
        parts = [] if status_said else ["beëindigd"]
        if t.ends is not None:
            parts = [f"{'beëindigd ' if not status_said else ''}{ended_on(t.ends, memo_date)}"]
    else:
        parts = [] if status_said else [status_word(status)]
        starts = t.starts or t_start(t)
        if starts is not None:
            parts.append(f"sinds {memo_date(starts)}")
        elif t.signed is not None:
            parts.append(f"overeenkomst {memo_date(t.signed)}")
    return f" ({', '.join(parts)})" if parts else ""


def suggestions(snap: BriefingSnapshot) -> tuple[str, str, str]:
    """Starting texts for Aanleiding, Handelingsopties/advies and Spreekpunten.

    Drawn from open risks, overdue actions and recent decisions; the official rewrites them (the
    memo marks a text that is still exactly its proposal as a generated draft). Like the key
    points, every count and "geen …" is computed from what the memo shows and says so when
    records were left out; an advice that records above the memo could reverse is not given.
    """
    o = snap.options
    within = _within(snap)
    subject = snap.scope.label
    if o.meeting:
        if o.meeting_on is None:
            when = "Binnenkort bespreekt "
        else:
            verb = "besprak" if o.meeting_on < memo_day(snap.generated_at) else "bespreekt"
            when = f"Op {dutch_date(o.meeting_on)} {verb} "
        item = f" onder agendapunt {o.agenda_item}" if o.agenda_item else ""
        occasion = f"{when}{o.meeting}{item} de banden met China ({subject})."
    else:
        occasion = (f"Deze notitie geeft een feitelijk overzicht van {subject} over de periode "
                    f"{dutch_date(snap.period_from)} tot en met {dutch_date(snap.period_to)}"
                    f"{',' + within if within else ''}.")
    occasion += (" De feiten in deze notitie verwijzen naar een record in Chinadossier en, waar "
                 "vastgelegd, naar de bron daarvan.")
    advice: list[str] = []
    high = [r for r in snap.risks if r.residual_level in (RiskLevel.HIGH, RiskLevel.VERY_HIGH)]
    not_active = _not_active(snap)
    records = ""
    if snap.left_out:
        n = snap.left_out
        records = (f"{n} {'record' if n == 1 else 'records'} met een hogere classificatie dan "
                   f"{label(snap.classification)} {'is' if n == 1 else 'zijn'} niet meegewogen")
    if not_active is not None:
        # "Voortzetten zoals nu" is no option for a tie that is not active: no advice, and why.
        advice += _options_not_active(snap, high)
        advice.append(f"Geen advies in deze notitie: {not_active}"
                      + (f" Ook {records}." if records else ""))
    else:
        ties = "Band" if snap.scope.kind is ScopeKind.TIE else "Banden"
        inactive = [t for t in _scope_ties(snap) if tie_status(t) is not TieStatus.ACTIVE]
        if inactive:
            ties = "Actieve banden"
        # Continuing the active ties weighs only their risks (and those about no shown tie):
        # a suspended tie's risk is no condition for continuing another tie.
        others = {t.cite.record_no for t in inactive}
        weighed = [r for r in high if r.subject_no not in others]
        if weighed:
            r = weighed[0]
            advice.append(f"Optie A — {ties} voortzetten met voorwaarden (advies)\nBeheers eerst "
                          f"{r.category_code} {r.title} (netto {r.residual_score}).\n"
                          f"Voor: de samenwerking blijft bestuurlijk stuurbaar.\n"
                          f"Tegen: extra ambtelijke inzet.")
        else:
            # Without records left out, no high risk is open; with them, the memo cannot know.
            advised = "" if snap.left_out else " (advies)"
            where = " bij de actieve banden" if len(weighed) < len(high) else ""
            advice.append(f"Optie A — {ties} voortzetten zoals nu{advised}\nGeen hoge netto "
                          f"risico’s open{where}{within}.\nVoor: continuïteit.\n"
                          "Tegen: geen nieuw signaal naar de raad.")
        advice.append(f"Optie B — {ties} slapend laten\nGeen nieuwe afspraken; lopende contacten "
                      "afronden.\nVoor: weinig inzet.\nTegen: onduidelijk voor partner en raad.")
        if inactive:
            listing = ", ".join(f"{t.cite.record_no} {status_word(tie_status(t))}"
                                for t in inactive)
            advice.append(f"Dit advies gaat niet over de banden die niet actief zijn ({listing}); "
                          "die vragen een eigen afweging.")
        if records:
            if weighed:
                advice.append(f"Dit advies is onvolledig voor deze classificatie: {records}.")
            else:
                advice.append(f"Geen advies in deze notitie: {records} en kunnen het advies "
                              "veranderen. Het advies hoort in een notitie met een classificatie "
                              "die alle records omvat.")
    overdue = [a for a in snap.actions if a.overdue]
    for a in overdue[:2]:
        advice.append(f"- Bij actie {a.cite.record_no} ({a.what}) is de uiterste datum "
                      "verstreken; maak een nieuwe afspraak.")
    talking: list[str] = []
    if snap.meetings:
        n = len(snap.meetings)
        word = "contactmoment" if n == 1 else "contactmomenten"
        if within:
            verb = "is" if n == 1 else "zijn"
            talking.append(f"- Binnen de classificatie van deze notitie {verb} in de periode "
                           f"{n} {word} geregistreerd.")
        else:
            talking.append(f"- {'Het' if n == 1 else f'Alle {n}'} {word} in de periode "
                           f"{'is' if n == 1 else 'zijn'} geregistreerd in het dossier.")
    for r in high[:2]:
        talking.append(f"- Wij volgen het risico ‘{r.title}’ actief; maatregelen: "
                       f"{(r.measures or 'in uitwerking').rstrip('.')}.")
    adopted = [d for d in snap.decisions
               if d.decided_on >= snap.period_from and d.outcome == label(DecisionOutcome.ADOPTED)]
    if adopted:
        d = adopted[-1]
        talking.append(f"- Wij voeren het besluit '{d.title}' uit.")
    if snap.risks:
        r = snap.risks[0]
        where = " in deze notitie" if within else ""
        today = memo_day(snap.generated_at)
        review = ("volgende herbeoordeling" if r.next_review_on >= today
                  else "herbeoordeling gepland op")
        # The title as recorded ("Vragen over …" lowercased read as a broken sentence).
        talking.append(f"V: Waarom staat het risico ‘{r.title}’ bovenaan{where}?\nA: Netto score "
                       f"{r.residual_score} ({label(r.residual_level)}); {review} "
                       f"{dutch_date(r.next_review_on)}.")
    return occasion, "\n\n".join(advice), "\n\n".join(talking)


def with_suggestions(snap: BriefingSnapshot, *, keep_edited: bool = False) -> BriefingSnapshot:
    """The snapshot with the proposed texts of sections 2, 7 and 8 filled in and remembered as
    proposals (so the memo marks them as a generated draft until the official edits them).

    Args:
        snap: A snapshot whose options may already hold texts and earlier proposals.
        keep_edited: Keep a text the official changed (it differs from its earlier proposal);
            a text still equal to its proposal follows the new one, so an unedited proposal
            never carries facts from another classification, period or scope.
    """
    o = snap.options
    occasion, advice, talking = suggestions(snap)

    def pick(text: str, proposal: str, new: str) -> str:
        return text if keep_edited and text.strip() != proposal.strip() else new

    return replace(snap, options=replace(
        o,
        occasion_text=pick(o.occasion_text, o.occasion_suggested, occasion),
        advice_text=pick(o.advice_text, o.advice_suggested, advice),
        talking_points_text=pick(o.talking_points_text, o.talking_points_suggested, talking),
        occasion_suggested=occasion, advice_suggested=advice, talking_points_suggested=talking))
