"""The eligibility engine: may this person have this service now? Every reason, with evidence.

Pure: the inputs are plain values (no database, no geography lookups); every number comes from
the rules (`rules.rescue.*`, `rules.kangyue_waiting_days`, `rules.relatives[...]`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from vipdesk.domain.catalog import Catalog, ServiceFamily, ServiceItem
from vipdesk.domain.eligibility_facts import (  # noqa: F401  (re-exported: the public names)
    KANGYUE,
    REASON_CODES,
    REASON_LABELS,
    RESCUE_SERVICES,
    UNKNOWN_PLACE,
    Designation,
    EligibilityDecision,
    KangyuePolicyFacts,
    MemberFacts,
    PersonFacts,
    PlaceFacts,
    Question,
    Reason,
    RequestFacts,
    trip_day,
    waiting_end,
)
from vipdesk.domain.people import age_on
from vipdesk.domain.quotas import refusal_text
from vipdesk.errors import KnownError
from vipdesk.rules import Rules


def _vip_reasons(member: MemberFacts, family: ServiceFamily, rules: Rules) -> list[Reason]:
    reasons: list[Reason] = []
    if member.tier is None or member.vip_status == "none":
        return [
            Reason(
                "no_vip_tier",
                "该客户目前没有贵宾等级，不能享受贵宾服务。",
                {"tier": member.tier, "vip_status": member.vip_status},
            )
        ]
    tier_name = rules.tier(member.tier).name
    if member.vip_status == "suspended":
        reasons.append(
            Reason(
                "services_suspended",
                f"客户保单中止，{tier_name}的贵宾服务暂停，保单复效后恢复。",
                {"tier": member.tier, "vip_status": member.vip_status},
            )
        )
    if family.code not in member.entitlements:
        reasons.append(
            Reason(
                "not_entitled",
                f"{tier_name}不包含“{rules.service_names[family.code]}”服务。",
                {
                    "tier": member.tier,
                    "service": family.code,
                    "entitlements": list(member.entitlements),
                },
            )
        )
    return reasons


def _kangyue_reasons(
    member: MemberFacts, person: PersonFacts, on: dt.date, rules: Rules
) -> list[Reason]:
    policy = member.kangyue
    if policy is None or policy.status not in ("in_force", "suspended"):
        return [
            Reason(
                "not_entitled",
                "客户没有有效的都会康悦保单，不能享受都会康悦专属增值服务。",
                {"kangyue_policy": None if policy is None else policy.status},
            )
        ]
    if policy.status == "suspended":
        return [
            Reason(
                "services_suspended",
                "都会康悦保单中止，专属增值服务随之暂停，复效后恢复。",
                {"policy_status": policy.status},
            )
        ]
    starts = {"effective_date": policy.effective_date}
    if policy.reinstated_date is not None:
        starts["reinstated_date"] = policy.reinstated_date
    ends = {k: waiting_end(v, rules.kangyue_waiting_days) for k, v in starts.items()}
    for d in person.designations:
        if d.program == "kangyue" and not person.is_member:
            program = rules.relatives["kangyue"]
            ends["designated_on"] = waiting_end(d.designated_on, program.waiting_days)
            starts["designated_on"] = d.designated_on
    key = max(ends, key=lambda k: ends[k])
    if on > ends[key]:
        return []
    since = {
        "effective_date": "保单生效",
        "reinstated_date": "保单复效",
        "designated_on": "亲属指定",
    }[key]
    first_day = (ends[key] + dt.timedelta(days=1)).isoformat()
    return [
        Reason(
            "waiting_period",
            f"仍在等待期内：自{since}日 {starts[key].isoformat()} 起的等待期至 "
            f"{ends[key].isoformat()} 结束，{first_day} 起可享受服务。",
            {
                "from": key,
                "start": starts[key].isoformat(),
                "waiting_end": ends[key].isoformat(),
                "waiting_days": (ends[key] - starts[key]).days + 1,
            },
        )
    ]


def _designation_reasons(
    member: MemberFacts, person: PersonFacts, family: ServiceFamily, rules: Rules
) -> list[Reason]:
    if person.is_member:
        return []
    usable = [d for d in person.designations if d.program in family.shared_with]
    if not usable:
        programs = [d.program for d in person.designations]
        why = (
            "此人不是该客户的指定亲属"
            if not programs
            else f"此人的指定亲属身份不包含“{rules.service_names[family.code]}”"
        )
        return [
            Reason(
                "not_designated",
                f"{why}，只有持卡人本人或有效指定亲属可以申请。",
                {"programs": programs, "service": family.code},
            )
        ]
    reasons: list[Reason] = []
    for d in usable:
        program = rules.relatives[d.program]
        if program.tiers and member.tier not in program.tiers:
            reasons.append(
                Reason(
                    "not_designated",
                    "客户当前等级不享有指定亲属服务（仅"
                    + "、".join(rules.tier(t).name for t in program.tiers)
                    + "可指定亲属）。",
                    {"tier": member.tier, "program": d.program, "tiers": list(program.tiers)},
                )
            )
    return reasons


def _age_reasons(person: PersonFacts, age: int | None, rules: Rules) -> list[Reason]:
    limit = rules.rescue.max_age
    if age is None or age <= limit:
        return []
    return [
        Reason(
            "age_over_limit",
            f"被救援人今年{age}周岁，超过{limit}周岁的适用年龄上限。",
            {
                "age": age,
                "max_age": limit,
                "birth_date": person.birth_date.isoformat() if person.birth_date else None,
            },
        )
    ]


def _place_reasons(request: RequestFacts, rules: Rules, trip: int | None) -> list[Reason]:
    reasons: list[Reason] = []
    rescue = rules.rescue
    residence, location = request.residence, request.location
    if not residence.known:
        reasons.append(
            Reason(
                "unknown_location",
                "无法从保险合同的通讯地址确定客户居住地，请核实地址。",
                {"which": "residence", "text": residence.name},
            )
        )
    elif residence.in_mainland is False:
        reasons.append(
            Reason(
                "residence_outside_mainland",
                f"居住地（{residence.name}）不在中国大陆境内（不含港澳台），不能享受救援服务。",
                {"residence": residence.name},
            )
        )
    if not location.known:
        reasons.append(_unknown_location(location))
    elif request.service == "domestic_rescue":
        limit = rescue.domestic_min_distance_km
        if location.in_mainland is False:
            reasons.append(
                Reason(
                    "too_close_to_residence",
                    f"来电人目前在{location.name}，不在中国大陆境内；请改为申请国际旅行及医疗救援。",
                    {"location": location.name, "in_mainland": False},
                )
            )
        elif request.distance_km is not None and request.distance_km <= limit:
            reasons.append(
                Reason(
                    "too_close_to_residence",
                    f"所在地距居住地约{request.distance_km:.0f}公里，国内救援须离开居住地{limit:g}公里以上。",
                    {"distance_km": round(request.distance_km, 1), "min_distance_km": limit},
                )
            )
    elif request.service == "international_rescue" and location.in_mainland:
        reasons.append(
            Reason(
                "too_close_to_residence",
                f"来电人目前在{location.name}（中国大陆境内）；国际救援仅在境外（含港澳台）提供，请改为国内医疗救援。",
                {"location": location.name, "in_mainland": True},
            )
        )
    limit_days = (
        rescue.domestic_max_trip_days
        if request.service == "domestic_rescue"
        else rescue.international_max_trip_days
    )
    if trip is not None and trip > limit_days:
        reasons.append(
            Reason(
                "trip_too_long",
                f"本次旅行已是第{trip}天，救援服务仅限单次旅行的前{limit_days}天。",
                {
                    "trip_day": trip,
                    "max_trip_days": limit_days,
                    "departed_on": request.departed_on.isoformat() if request.departed_on else None,
                },
            )
        )
    return reasons


def _quota_reasons(request: RequestFacts, name: str) -> list[Reason]:
    quota = request.quota
    if quota is None or not quota.exhausted:
        return []
    return [
        Reason(
            "quota_used",
            refusal_text(quota, name),
            {
                "quota": quota.code,
                "used": quota.used,
                "limit": quota.limit,
                "last_used": quota.last_used.isoformat() if quota.last_used else None,
                "next_available": quota.next_available.isoformat()
                if quota.next_available
                else None,
            },
        )
    ]


def _unknown_location(location: PlaceFacts) -> Reason:
    """The caller's place did not resolve: ask which one, offer close names, or ask again."""
    evidence: dict[str, Any] = {"which": "location", "text": location.name}
    if location.choices:
        evidence["choices"] = list(location.choices)
        text = (
            f"“{location.name}”对应多个地点：{'、'.join(location.choices)}，"
            "请与来电人确认是哪一个后再选择。"
        )
    elif location.suggestions:
        evidence["suggestions"] = list(location.suggestions)
        text = (
            f"无法确定“{location.name}”是哪里；您是不是要找：{'、'.join(location.suggestions)}？"
            "请与来电人核对。"
        )
    else:
        text = "无法确定来电人目前所在地点，请再次询问所在城市或区县。"
    return Reason("unknown_location", text, evidence)


def _questions(item: ServiceItem | None, request: RequestFacts, rules: Rules) -> list[Question]:
    questions = [] if item is None else [Question(c.code, c.text(rules)) for c in item.conditions]
    if request.service in RESCUE_SERVICES and request.departed_on is None:
        questions.append(
            Question("departure_date", "请向来电人确认本次旅行的出发日期（出发当天为第1天）。")
        )
    return questions


def check_departure(departed: dt.date | None, on: dt.date) -> None:
    """KnownError when a trip's departure is after the request's day (no such trip yet)."""
    if departed is not None and departed > on:
        raise KnownError(f"出发日期 {departed.isoformat()} 晚于受理日期 {on.isoformat()}")


def decide(
    member: MemberFacts, person: PersonFacts, request: RequestFacts, rules: Rules, catalog: Catalog
) -> EligibilityDecision:
    """Decide a request by the handbook's rules, listing every reason that refuses it.

    A rescue trip departing after the request's day is no trip: KnownError (a caller's mistake)."""
    if request.service in RESCUE_SERVICES:
        check_departure(request.departed_on, request.on)
    family = catalog.family(request.service)
    item = family.item(request.item) if request.item else None
    age = age_on(person.birth_date, request.on) if person.birth_date else None
    trip = trip_day(request.departed_on, request.on) if request.service in RESCUE_SERVICES else None
    reasons: list[Reason] = []
    if family.code == KANGYUE:
        reasons += _kangyue_reasons(member, person, request.on, rules)
    else:
        reasons += _vip_reasons(member, family, rules)
    reasons += _designation_reasons(member, person, family, rules)
    if family.code in RESCUE_SERVICES:
        reasons += _age_reasons(person, age, rules)
        reasons += _place_reasons(request, rules, trip)
    name = item.name if item else rules.service_names.get(family.code, family.code)
    reasons += _quota_reasons(request, name)
    notes = [item.cost] if item else []
    return EligibilityDecision(
        eligible=not reasons,
        reasons=reasons,
        distance_km=None if request.distance_km is None else round(request.distance_km, 1),
        trip_days=trip,
        cost_notes=notes,
        questions=_questions(item, request, rules),
        age=age,
    )
