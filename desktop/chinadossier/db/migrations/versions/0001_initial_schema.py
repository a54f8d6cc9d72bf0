"""Initial schema: every record table, reference data tables, audit chain and search index.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply."""
    op.create_table(
        "blob",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("size >= 0 AND size <= 52428800", name=op.f("ck_blob_size_limit")),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob")),
    )
    op.create_table(
        "cn_division",
        sa.Column("adcode", sa.String(length=6), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("parent_adcode", sa.String(length=6), nullable=True),
        sa.Column("hanzi", sa.String(length=60), nullable=False),
        sa.Column("pinyin", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("user_edited", sa.Boolean(), nullable=False),
        sa.Column("from_reference", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["parent_adcode"],
            ["cn_division.adcode"],
            name=op.f("fk_cn_division_parent_adcode_cn_division"),
        ),
        sa.PrimaryKeyConstraint("adcode", name=op.f("pk_cn_division")),
    )
    op.create_table(
        "display_counter",
        sa.Column("prefix", sa.String(length=20), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", name=op.f("pk_display_counter")),
    )
    op.create_table(
        "record",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "authority",
                "organisation",
                "person",
                "tie",
                "meeting",
                "action",
                "decision",
                "risk_note",
                "risk_category",
                "source",
                "memo",
                name="record_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("display_no", sa.String(length=32), nullable=False),
        sa.Column(
            "classification",
            sa.Enum(
                "public",
                "internal",
                "confidential",
                name="classification",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "retention_category",
            sa.Enum(
                "permanent",
                "destroy",
                "undecided",
                name="retention_category",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("retention_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint("version >= 1", name=op.f("ck_record_version_positive")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record")),
        sa.UniqueConstraint("display_no", name=op.f("uq_record_display_no")),
    )
    with op.batch_alter_table("record", schema=None) as batch_op:
        batch_op.create_index("ix_record_kind_deleted", ["kind", "deleted_at"], unique=False)

    op.create_table(
        "risk_matrix",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("definition", sa.JSON(), nullable=False),
        sa.Column("adopted_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_matrix")),
        sa.UniqueConstraint("version", name=op.f("uq_risk_matrix_version")),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("name_key", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name_key", name=op.f("uq_tag_name_key")),
    )
    op.create_table(
        "attachment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("blob_sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["blob_sha256"], ["blob.sha256"], name=op.f("fk_attachment_blob_sha256_blob")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_attachment_record_id_record")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attachment_blob_sha256"), ["blob_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attachment_record_id"), ["record_id"], unique=False)

    op.create_table(
        "audit_entry",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("host", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=True),
        sa.Column("record_kind", sa.String(length=40), nullable=True),
        sa.Column("display_no", sa.String(length=32), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("state_hash", sa.String(length=64), nullable=True),
        sa.Column("payload_hash", sa.String(length=64), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_audit_entry_record_id_record")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_audit_entry")),
        sa.UniqueConstraint("entry_hash", name=op.f("uq_audit_entry_entry_hash")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_record_id_seq", ["record_id", "seq"], unique=False)

    op.create_table(
        "authority",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=6), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("common_name", sa.String(length=120), nullable=True),
        sa.Column(
            "authority_kind",
            sa.Enum(
                "municipality",
                "province",
                name="authority_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("province_code", sa.String(length=6), nullable=True),
        sa.Column("retired_on", sa.Date(), nullable=True),
        sa.Column("user_edited", sa.Boolean(), nullable=False),
        sa.Column("from_reference", sa.String(length=20), nullable=True),
        sa.Column("sort_key", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_authority_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authority")),
    )
    with op.batch_alter_table("authority", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_authority_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_authority_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column(
            "meeting_kind",
            sa.Enum(
                "working_visit",
                "delegation",
                "trade_mission",
                "reception",
                "video_call",
                "correspondence",
                "conference",
                "other",
                name="meeting_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum(
                "incoming",
                "outgoing",
                "neutral",
                name="direction",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("place_adcode", sa.String(length=6), nullable=True),
        sa.Column("place_text", sa.String(length=200), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("topics", sa.Text(), nullable=True),
        sa.Column("gifts", sa.Text(), nullable=True),
        sa.Column("gift_value_cents", sa.Integer(), nullable=True),
        sa.Column("costs_cents", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(gift_value_cents IS NULL OR gift_value_cents >= 0) "
            "AND (costs_cents IS NULL OR costs_cents >= 0)",
            name=op.f("ck_meeting_money_not_negative"),
        ),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_meeting_id_record")),
        sa.ForeignKeyConstraint(
            ["place_adcode"],
            ["cn_division.adcode"],
            name=op.f("fk_meeting_place_adcode_cn_division"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index("ix_meeting_held_on_id", ["held_on", "id"], unique=False)
        batch_op.create_index(
            "ix_meeting_kind_held_on_id", ["meeting_kind", "held_on", "id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_place_adcode"), ["place_adcode"], unique=False)

    op.create_table(
        "memo",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("generated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("scope", sa.JSON(), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("snapshot_version", sa.Integer(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=False),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["file_sha256"], ["blob.sha256"], name=op.f("fk_memo_file_sha256_blob")
        ),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_memo_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memo")),
    )
    with op.batch_alter_table("memo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memo_file_sha256"), ["file_sha256"], unique=False)

    op.create_table(
        "organisation",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name_nl", sa.String(length=300), nullable=False),
        sa.Column("name_en", sa.String(length=300), nullable=True),
        sa.Column("hanzi", sa.String(length=200), nullable=True),
        sa.Column("pinyin", sa.String(length=400), nullable=True),
        sa.Column("pinyin_auto", sa.Boolean(), nullable=False),
        sa.Column(
            "org_kind",
            sa.Enum(
                "government",
                "foreign_affairs_office",
                "party_body",
                "united_front_or_friendship_org",
                "trade_promotion_body",
                "soe",
                "private_company",
                "knowledge_institution",
                "media",
                "diaspora_org",
                "other",
                name="org_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("place_adcode", sa.String(length=6), nullable=True),
        sa.Column("place_text", sa.String(length=200), nullable=True),
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("aliases", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_organisation_id_record")),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["organisation.id"], name=op.f("fk_organisation_parent_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["place_adcode"],
            ["cn_division.adcode"],
            name=op.f("fk_organisation_place_adcode_cn_division"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation")),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_parent_id"), ["parent_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_organisation_place_adcode"), ["place_adcode"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organisation_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "person",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("family_name", sa.String(length=120), nullable=False),
        sa.Column("given_name", sa.String(length=120), nullable=True),
        sa.Column("tussenvoegsel", sa.String(length=30), nullable=True),
        sa.Column(
            "name_order",
            sa.Enum(
                "family_first",
                "given_first",
                name="name_order",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("hanzi", sa.String(length=60), nullable=True),
        sa.Column("pinyin", sa.String(length=200), nullable=True),
        sa.Column("pinyin_auto", sa.Boolean(), nullable=False),
        sa.Column("aliases", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_person_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "record_tag",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("tag_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_record_tag_record_id_record")
        ),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], name=op.f("fk_record_tag_tag_id_tag")),
        sa.PrimaryKeyConstraint("record_id", "tag_id", name=op.f("pk_record_tag")),
    )
    with op.batch_alter_table("record_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "risk_category",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_nl", sa.String(length=120), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("red_flags", sa.Text(), nullable=True),
        sa.Column("typical_measures", sa.Text(), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_risk_category_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_category")),
    )
    with op.batch_alter_table("risk_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_category_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_risk_category_sort_order"), ["sort_order"], unique=False
        )
    op.create_table(
        "source",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("publisher", sa.String(length=200), nullable=True),
        sa.Column("url", sa.String(length=1000), nullable=True),
        sa.Column("published_on", sa.Date(), nullable=True),
        sa.Column(
            "published_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                name="source_published_precision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("published_uncertain", sa.Boolean(), nullable=False),
        sa.Column("published_circa", sa.Boolean(), nullable=False),
        sa.Column("accessed_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_source_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_source_sort_key"), ["sort_key"], unique=False)

    op.create_table(
        "audit_payload",
        sa.Column("entry_seq", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_seq"], ["audit_entry.seq"], name=op.f("fk_audit_payload_entry_seq_audit_entry")
        ),
        sa.PrimaryKeyConstraint("entry_seq", name=op.f("pk_audit_payload")),
    )
    op.create_table(
        "case_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_file_id", sa.Uuid(), nullable=False),
        sa.Column("own_authority_id", sa.Uuid(), nullable=False),
        sa.Column(
            "default_classification",
            sa.Enum(
                "public",
                "internal",
                "confidential",
                name="default_classification",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.Column("reference_version", sa.String(length=20), nullable=False),
        sa.Column("current_matrix_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_case_file_single_row")),
        sa.ForeignKeyConstraint(
            ["current_matrix_id"],
            ["risk_matrix.id"],
            name=op.f("fk_case_file_current_matrix_id_risk_matrix"),
        ),
        sa.ForeignKeyConstraint(
            ["own_authority_id"],
            ["authority.id"],
            name=op.f("fk_case_file_own_authority_id_authority"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_file")),
        sa.UniqueConstraint("case_file_id", name=op.f("uq_case_file_case_file_id")),
    )
    op.create_table(
        "decision",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("authority_id", sa.Uuid(), nullable=False),
        sa.Column(
            "body",
            sa.Enum(
                "council",
                "executive",
                "mayor",
                "provincial_council",
                "provincial_executive",
                name="decision_body",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "decision_kind",
            sa.Enum(
                "council_decision",
                "executive_decision",
                "motion",
                "amendment",
                "council_questions",
                "commitment",
                "council_information_letter",
                name="decision_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "adopted",
                "rejected",
                "withdrawn",
                "not_applicable",
                name="decision_outcome",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["authority_id"], ["authority.id"], name=op.f("fk_decision_authority_id_authority")
        ),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_decision_id_record")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_authority_id"), ["authority_id"], unique=False
        )
        batch_op.create_index("ix_decision_decided_on_id", ["decided_on", "id"], unique=False)

    op.create_table(
        "meeting_participant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column(
            "side",
            sa.Enum(
                "ours",
                "theirs",
                name="participant_side",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("authority_id", sa.Uuid(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(person_id IS NOT NULL) + (organisation_id IS NOT NULL) "
            "+ (authority_id IS NOT NULL) = 1",
            name=op.f("ck_meeting_participant_one_party"),
        ),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["authority.id"],
            name=op.f("fk_meeting_participant_authority_id_authority"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_participant_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_meeting_participant_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_meeting_participant_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_participant")),
    )
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_authority_id"), ["authority_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_participant_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "political_fact",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "fact_kind",
            sa.Enum(
                "party_membership",
                "party_post",
                "other_political",
                name="political_fact_kind",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.String(length=300), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_political_fact_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_political_fact_source_id_source")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_political_fact")),
    )
    with op.batch_alter_table("political_fact", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_political_fact_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_political_fact_source_id"), ["source_id"], unique=False
        )

    op.create_table(
        "position",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("authority_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column(
            "starts_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                name="position_starts_precision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("starts_uncertain", sa.Boolean(), nullable=False),
        sa.Column("starts_circa", sa.Boolean(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column(
            "ends_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                name="position_ends_precision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("ends_uncertain", sa.Boolean(), nullable=False),
        sa.Column("ends_circa", sa.Boolean(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(organisation_id IS NULL) <> (authority_id IS NULL)",
            name=op.f("ck_position_one_employer"),
        ),
        sa.ForeignKeyConstraint(
            ["authority_id"], ["authority.id"], name=op.f("fk_position_authority_id_authority")
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_position_organisation_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_position_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_position")),
    )
    with op.batch_alter_table("position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_position_authority_id"), ["authority_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_position_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_position_person_id"), ["person_id"], unique=False)

    op.create_table(
        "record_source",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("source_id", sa.Uuid(), nullable=False),
        sa.Column("locator", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_record_source_record_id_record")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_record_source_source_id_source")
        ),
        sa.PrimaryKeyConstraint("record_id", "source_id", name=op.f("pk_record_source")),
    )
    with op.batch_alter_table("record_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_source_source_id"), ["source_id"], unique=False)

    op.create_table(
        "risk_note",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("measures", sa.Text(), nullable=True),
        sa.Column(
            "treatment",
            sa.Enum(
                "open",
                "mitigate",
                "accept",
                "avoid",
                "transfer",
                name="treatment",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "closed",
                name="risk_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("next_review_on", sa.Date(), nullable=False),
        sa.Column(
            "knowledge_strength",
            sa.Enum(
                "low",
                "medium",
                "high",
                name="knowledge_strength",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("inherent_score", sa.Integer(), nullable=False),
        sa.Column("residual_score", sa.Integer(), nullable=False),
        sa.Column(
            "residual_level",
            sa.Enum(
                "low",
                "medium",
                "high",
                "very_high",
                name="residual_level",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["risk_category.id"],
            name=op.f("fk_risk_note_category_id_risk_category"),
        ),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_risk_note_id_record")),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["record.id"], name=op.f("fk_risk_note_subject_id_record")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_note")),
    )
    with op.batch_alter_table("risk_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_risk_note_category_id"), ["category_id"], unique=False)
        batch_op.create_index(
            "ix_risk_note_next_review_on_id", ["next_review_on", "id"], unique=False
        )
        batch_op.create_index(
            "ix_risk_note_residual_score_id", ["residual_score", "id"], unique=False
        )
        batch_op.create_index(
            "ix_risk_note_status_level", ["status", "residual_level"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_risk_note_subject_id"), ["subject_id"], unique=False)

    op.create_table(
        "tie",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("authority_id", sa.Uuid(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column(
            "tie_type",
            sa.Enum(
                "sister_city",
                "friendship",
                "mou",
                "letter_of_intent",
                "economic",
                "knowledge",
                "other",
                name="tie_type",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "preparation",
                "active",
                "dormant",
                "suspended",
                "ended",
                name="tie_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column(
            "starts_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                name="tie_starts_precision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("starts_uncertain", sa.Boolean(), nullable=False),
        sa.Column("starts_circa", sa.Boolean(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column(
            "signed_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                name="tie_signed_precision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("signed_uncertain", sa.Boolean(), nullable=False),
        sa.Column("signed_circa", sa.Boolean(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column(
            "ends_precision",
            sa.Enum(
                "day",
                "month",
                "year",
                name="tie_ends_precision",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("ends_uncertain", sa.Boolean(), nullable=False),
        sa.Column("ends_circa", sa.Boolean(), nullable=False),
        sa.Column("term_ends_on", sa.Date(), nullable=True),
        sa.Column("evaluation_on", sa.Date(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("sort_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_id"], ["authority.id"], name=op.f("fk_tie_authority_id_authority")
        ),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_tie_id_record")),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
            name=op.f("fk_tie_organisation_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tie")),
    )
    with op.batch_alter_table("tie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tie_authority_id"), ["authority_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_tie_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index("ix_tie_sort_key_id", ["sort_key", "id"], unique=False)
        batch_op.create_index("ix_tie_starts_on_id", ["starts_on", "id"], unique=False)
        batch_op.create_index("ix_tie_status_sort_key", ["status", "sort_key", "id"], unique=False)

    op.create_table(
        "action",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("decision_id", sa.Uuid(), nullable=True),
        sa.Column("what", sa.String(length=500), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "cancelled",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_action_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(["id"], ["record.id"], name=op.f("fk_action_id_record")),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    with op.batch_alter_table("action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_decision_id"), ["decision_id"], unique=False)
        batch_op.create_index("ix_action_due_on_id", ["due_on", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_meeting_id"), ["meeting_id"], unique=False)
        batch_op.create_index(
            "ix_action_status_due_on_id", ["status", "due_on", "id"], unique=False
        )

    op.create_table(
        "decision_link",
        sa.Column("decision_id", sa.Uuid(), nullable=False),
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"], ["decision.id"], name=op.f("fk_decision_link_decision_id_decision")
        ),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_decision_link_record_id_record")
        ),
        sa.PrimaryKeyConstraint("decision_id", "record_id", name=op.f("pk_decision_link")),
    )
    with op.batch_alter_table("decision_link", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_link_record_id"), ["record_id"], unique=False)

    op.create_table(
        "meeting_tie",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("tie_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_tie_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(["tie_id"], ["tie.id"], name=op.f("fk_meeting_tie_tie_id_tie")),
        sa.PrimaryKeyConstraint("meeting_id", "tie_id", name=op.f("pk_meeting_tie")),
    )
    with op.batch_alter_table("meeting_tie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_tie_tie_id"), ["tie_id"], unique=False)

    op.create_table(
        "risk_assessment",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("risk_note_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("matrix_id", sa.Integer(), nullable=False),
        sa.Column("inherent_likelihood", sa.Integer(), nullable=False),
        sa.Column("inherent_impact", sa.Integer(), nullable=False),
        sa.Column("residual_likelihood", sa.Integer(), nullable=False),
        sa.Column("residual_impact", sa.Integer(), nullable=False),
        sa.Column("inherent_score", sa.Integer(), nullable=False),
        sa.Column("residual_score", sa.Integer(), nullable=False),
        sa.Column(
            "inherent_level",
            sa.Enum(
                "low",
                "medium",
                "high",
                "very_high",
                name="inherent_level",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "residual_level",
            sa.Enum(
                "low",
                "medium",
                "high",
                "very_high",
                name="assessment_residual_level",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "inherent_likelihood BETWEEN 1 AND 5 AND inherent_impact BETWEEN 1 AND 5 "
            "AND residual_likelihood BETWEEN 1 AND 5 AND residual_impact BETWEEN 1 AND 5",
            name=op.f("ck_risk_assessment_scale"),
        ),
        sa.ForeignKeyConstraint(
            ["matrix_id"], ["risk_matrix.id"], name=op.f("fk_risk_assessment_matrix_id_risk_matrix")
        ),
        sa.ForeignKeyConstraint(
            ["risk_note_id"],
            ["risk_note.id"],
            name=op.f("fk_risk_assessment_risk_note_id_risk_note"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_risk_assessment")),
        sa.UniqueConstraint(
            "risk_note_id", "seq", name=op.f("uq_risk_assessment_risk_note_id_seq")
        ),
    )
    with op.batch_alter_table("risk_assessment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_risk_assessment_matrix_id"), ["matrix_id"], unique=False
        )
    op.create_table(
        "search_key",
        sa.Column("record_id", sa.Uuid(), nullable=False),
        sa.Column("fts_rowid", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"], ["record.id"], name=op.f("fk_search_key_record_id_record")
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_search_key")),
        sa.UniqueConstraint("fts_rowid", name=op.f("uq_search_key_fts_rowid")),
    )
    # Full-text index over normalised text (see domain/search_text.py); SQLite only — a server
    # backend brings its own index behind db.search.SearchIndex.
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "record_id UNINDEXED, kind UNINDEXED, title, body, "
            "tokenize = 'unicode61 remove_diacritics 0')"
        )


def downgrade() -> None:
    """Downgrades are not supported: restore the backup taken before the upgrade."""
    raise NotImplementedError("restore the backup taken before the upgrade")
