"""SQLAlchemy tables named after HSDS 3.0 / Open Referral UK 3.0 objects and fields.

Names are verbatim from the standard (``organization``, ``service_at_location``,
``taxonomy_term``…) so that a reader who knows HSDS knows this schema, and so that the ORUK
API can publish rows without renaming.

Provenance: many organisations feed one directory, and two feeds may use the same ids (the
ORUK validator fixtures do). So each imported row keeps the feed's own id in ``source_id``
and the feed in ``source``; our primary key ``id`` is a UUID derived from both
(:func:`directory.ids.record_id`), stable across re-imports. ``fetched_at`` is when this
version of the record arrived; ``content_hash`` lets a re-import skip unchanged records.

Tables that are ours, not HSDS: ``service_need`` (the need codes a service answers, resolved
at import from need terms, LGSL codes and free-text categories), ``feed`` (one row per
source), the search indexes (``service_point``, ``service_coverage``) and ``translation``
(the text of any record in other languages, from the feeds' ``translations`` extension; see
:mod:`directory.translations`).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

ID = String(36)


class Base(DeclarativeBase):
    pass


class Provenance:
    """Columns every imported record carries."""

    source: Mapped[str] = mapped_column(String(100), index=True)
    source_id: Mapped[str] = mapped_column(String(255))
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Feed(Base):
    __tablename__ = "feed"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    location: Mapped[str] = mapped_column(Text)  # path or URL it was last read from
    importer: Mapped[str] = mapped_column(String(50))
    last_imported_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_report: Mapped[str | None] = mapped_column(Text)  # JSON summary of the last run


class Organization(Provenance, Base):
    __tablename__ = "organization"
    __table_args__ = (UniqueConstraint("source", "source_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    parent_organization_id: Mapped[str | None] = mapped_column(String(255))


class Service(Provenance, Base):
    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("source", "source_id"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    # HSDS 3.0 (not in the ORUK 3.0 profile, but feeds send it): who the service is for.
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    fees: Mapped[str | None] = mapped_column(Text)
    accreditations: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)
    assured_date: Mapped[date | None] = mapped_column(Date, index=True)
    assurer_email: Mapped[str | None] = mapped_column(Text)
    alert: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    content_hash: Mapped[str] = mapped_column(String(64))
    # Set when a full feed no longer lists the record: kept, marked, never silently deleted.
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # True when any cost option or the fees text says the service is free.
    is_free: Mapped[bool] = mapped_column(default=False)

    organization: Mapped[Organization | None] = relationship(lazy="joined")
    phones: Mapped[list[Phone]] = relationship(cascade="all, delete-orphan")
    schedules: Mapped[list[Schedule]] = relationship(cascade="all, delete-orphan")
    service_areas: Mapped[list[ServiceArea]] = relationship(cascade="all, delete-orphan")
    languages: Mapped[list[Language]] = relationship(cascade="all, delete-orphan")
    cost_options: Mapped[list[CostOption]] = relationship(cascade="all, delete-orphan")
    contacts: Mapped[list[Contact]] = relationship(cascade="all, delete-orphan")
    service_at_locations: Mapped[list[ServiceAtLocation]] = relationship(
        cascade="all, delete-orphan"
    )
    needs: Mapped[list[ServiceNeed]] = relationship(cascade="all, delete-orphan")
    coverage: Mapped[list[ServiceCoverage]] = relationship(cascade="all, delete-orphan")


class Location(Provenance, Base):
    __tablename__ = "location"
    __table_args__ = (
        UniqueConstraint("source", "source_id"),
        Index("ix_location_lat_lon", "latitude", "longitude"),
    )

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_type: Mapped[str] = mapped_column(String(20), default="physical")
    name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    external_identifier: Mapped[str | None] = mapped_column(Text)
    external_identifier_type: Mapped[str | None] = mapped_column(Text)

    addresses: Mapped[list[Address]] = relationship(cascade="all, delete-orphan")
    accessibility: Mapped[list[Accessibility]] = relationship(cascade="all, delete-orphan")
    phones: Mapped[list[Phone]] = relationship(cascade="all, delete-orphan")


class ServiceAtLocation(Base):
    __tablename__ = "service_at_location"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    source_id: Mapped[str] = mapped_column(String(255))
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    # Copied from the location so proximity search reads one narrow, indexed table.
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)

    location: Mapped[Location] = relationship(lazy="joined")


Index("ix_service_at_location_lat_lon", ServiceAtLocation.latitude, ServiceAtLocation.longitude)


class Address(Base):
    __tablename__ = "address"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    attention: Mapped[str | None] = mapped_column(Text)
    address_1: Mapped[str | None] = mapped_column(Text)
    address_2: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    state_province: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(String(10), index=True)
    country: Mapped[str | None] = mapped_column(String(2))
    address_type: Mapped[str | None] = mapped_column(String(20))


class Phone(Base):
    __tablename__ = "phone"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str | None] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[str | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(50))
    extension: Mapped[str | None] = mapped_column(String(20))
    type: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)

    phones: Mapped[list[Phone]] = relationship(cascade="all, delete-orphan")


class Schedule(Base):
    __tablename__ = "schedule"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    service_at_location_id: Mapped[str | None] = mapped_column(String(36), index=True)
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    dtstart: Mapped[date | None] = mapped_column(Date)
    freq: Mapped[str | None] = mapped_column(String(10))
    interval: Mapped[int | None] = mapped_column(Integer)
    byday: Mapped[str | None] = mapped_column(String(50))
    bymonthday: Mapped[str | None] = mapped_column(String(100))
    opens_at: Mapped[str | None] = mapped_column(String(8))  # "HH:MM[:SS]" local time
    closes_at: Mapped[str | None] = mapped_column(String(8))
    description: Mapped[str | None] = mapped_column(Text)
    schedule_link: Mapped[str | None] = mapped_column(Text)
    attending_type: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class ServiceArea(Base):
    __tablename__ = "service_area"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    extent: Mapped[str | None] = mapped_column(Text)
    extent_type: Mapped[str | None] = mapped_column(String(20))
    uri: Mapped[str | None] = mapped_column(Text)


class ServiceCoverage(Base):
    """Where an area-wide service is available, as understood from its service_area rows.

    Derived at import by :mod:`directory.areas`: ``kind`` is "national" (code None),
    "country" (England/Wales/Scotland), "local_authority" (a GSS code such as E09000021) or
    "postcode_district" ("KT1"). Search matches a resident's place against these.
    """

    __tablename__ = "service_coverage"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), primary_key=True, default="")


Index("ix_service_coverage_kind_code", ServiceCoverage.kind, ServiceCoverage.code)


class Language(Base):
    __tablename__ = "language"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(10), index=True)
    note: Mapped[str | None] = mapped_column(Text)


class Accessibility(Base):
    __tablename__ = "accessibility"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    location_id: Mapped[str] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    description: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)


class CostOption(Base):
    __tablename__ = "cost_option"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    option: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str | None] = mapped_column(String(3))
    amount: Mapped[float | None] = mapped_column(Float)
    amount_description: Mapped[str | None] = mapped_column(Text)


class Taxonomy(Base):
    __tablename__ = "taxonomy"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    description: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(String(20))


class TaxonomyTerm(Base):
    __tablename__ = "taxonomy_term"
    __table_args__ = (UniqueConstraint("taxonomy_id", "code"),)

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    taxonomy_id: Mapped[str] = mapped_column(ForeignKey("taxonomy.id"), index=True)
    code: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(String(36))
    term_uri: Mapped[str | None] = mapped_column(Text)

    taxonomy: Mapped[Taxonomy] = relationship(lazy="joined")


class Attribute(Base):
    """Links a record (``link_entity`` + ``link_id``) to a taxonomy term."""

    __tablename__ = "attribute"

    id: Mapped[str] = mapped_column(ID, primary_key=True)
    link_id: Mapped[str] = mapped_column(String(36), index=True)
    link_type: Mapped[str | None] = mapped_column(String(50))
    link_entity: Mapped[str] = mapped_column(String(30))
    taxonomy_term_id: Mapped[str] = mapped_column(
        ForeignKey("taxonomy_term.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[str | None] = mapped_column(Text)

    taxonomy_term: Mapped[TaxonomyTerm] = relationship(lazy="joined")


class ServiceNeed(Base):
    """A need code (``directory/data/needs.csv``) that a service answers; derived at import."""

    __tablename__ = "service_need"

    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), primary_key=True
    )
    need: Mapped[str] = mapped_column(String(40), primary_key=True)
    # How the need was found: "need_term", "lgsl", "category" or "text".
    via: Mapped[str] = mapped_column(String(20))


Index("ix_service_need_need", ServiceNeed.need, ServiceNeed.service_id)


class ServicePoint(Base):
    """Derived index for proximity search: one row per (need, service location).

    See :mod:`directory.cells`. Rebuilt by the importer with the service it describes.
    """

    __tablename__ = "service_point"

    need: Mapped[str] = mapped_column(String(40), primary_key=True)
    service_at_location_id: Mapped[str] = mapped_column(
        ForeignKey("service_at_location.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[str] = mapped_column(
        ForeignKey("service.id", ondelete="CASCADE"), index=True
    )
    location_id: Mapped[str] = mapped_column(String(36), index=True)
    cell: Mapped[int] = mapped_column(Integer)
    latitude: Mapped[float] = mapped_column(Float)
    longitude: Mapped[float] = mapped_column(Float)
    fit: Mapped[float] = mapped_column(Float)
    # Copies of the service fields search filters and ranks on, so that finding candidates
    # never reads the (wide) service rows: kept in step by the importer.
    published: Mapped[bool] = mapped_column(default=True)  # active and not withdrawn
    assured_date: Mapped[date | None] = mapped_column(Date)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)
    is_free: Mapped[bool] = mapped_column(default=False)


Index("ix_service_point_need_cell", ServicePoint.need, ServicePoint.cell)


class Translation(Base):
    """One field of one record in another language (see :mod:`directory.translations`).

    ``record_type`` is the HSDS object ("service", "organization", "schedule"…) and
    ``record_id`` our id of the row. There is no foreign key (one table serves every type):
    ``owner_id`` is the service, location or organisation whose import wrote the row, and
    the importer deletes by it when it replaces that record's children.
    """

    __tablename__ = "translation"

    record_type: Mapped[str] = mapped_column(String(30), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    language: Mapped[str] = mapped_column(String(35), primary_key=True, index=True)
    field: Mapped[str] = mapped_column(String(50), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str] = mapped_column(String(36), index=True)
