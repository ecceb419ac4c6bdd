using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SettingUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "OwnerUserId",
                table: "Reviews",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Jurisdiction",
                table: "Partnerships",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ReferralExpectedWithinWorkingDays",
                table: "Partnerships",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "BoardNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    InformedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardNotifications_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Budgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Planned = table.Column<long>(type: "bigint", nullable: false),
                    Committed = table.Column<long>(type: "bigint", nullable: false),
                    Actual = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Budgets_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DeadlineRuleSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Jurisdiction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewTypeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    Trigger = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Offset = table.Column<int>(type: "integer", nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Calendar = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Confidence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DeadlineRuleSettings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DeadlineRuleSettings_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    ToReview = table.Column<bool>(type: "boolean", nullable: false),
                    ReviewTypeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    MethodJustification = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    CriteriaAssessment = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Rationale = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ChallengeConsulted = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ChallengeResponse = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecisionNotifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNotifiedTo = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_ReviewTypes_ReviewTypeId",
                        column: x => x.ReviewTypeId,
                        principalTable: "ReviewTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Delays",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    NewExpectedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BoardTold = table.Column<bool>(type: "boolean", nullable: false),
                    BoardToldOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Delays", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Delays_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FamilyMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Relationship = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    HasParentalResponsibility = table.Column<bool>(type: "boolean", nullable: true),
                    Language = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    InterpreterNeeded = table.Column<bool>(type: "boolean", nullable: false),
                    AccessibilityNeeds = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SafetyConcerns = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    PreferredChannel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FamilyMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FamilyMembers_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GovernancePlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    WhoConducts = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    WhoQualityAssures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SignOffRoute = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ChallengeRoute = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ImpasseRoute = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ChangedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GovernancePlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GovernancePlans_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HolidayChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Calendar = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HolidayChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HolidayChanges_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InformationRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    WhatIsNeeded = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InvolvementSummary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InvolvementFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    InvolvementTo = table.Column<DateOnly>(type: "date", nullable: true),
                    KeyContacts = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InformationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InformationRequests_Agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_InformationRequests_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LetterTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PartnershipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(480)", maxLength: 480, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    IsActive = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterTemplates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterTemplates_Partnerships_PartnershipId",
                        column: x => x.PartnershipId,
                        principalTable: "Partnerships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Milestones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(160)", maxLength: 160, nullable: false),
                    OwnerUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Milestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Milestones_AspNetUsers_OwnerUserId",
                        column: x => x.OwnerUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Milestones_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reference = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Notes = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelNotifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelNotifications_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PurposeStatements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Statement = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ComplicatingFactors = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SentTo = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ChangedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurposeStatements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PurposeStatements_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    SubjectDateOfBirth = table.Column<DateOnly>(type: "date", nullable: true),
                    SubjectSex = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectEthnicity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectDisability = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectLegalStatus = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SubjectArea = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IncidentDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Harm = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Circumstances = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AwareDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferringAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReferrerName = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ReferredByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OtherAgencyIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    OtherAreas = table.Column<List<string>>(type: "text[]", nullable: false),
                    Jurisdiction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CriteriaRoute = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OtherLearningReason = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Rationale = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    DelayExplanation = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    InitialReviewTypeId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    Criteria = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Referrals_Agencies_ReferringAgencyId",
                        column: x => x.ReferringAgencyId,
                        principalTable: "Agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Referrals_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewHistory",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    OccurredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewHistory_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AssignedUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewTasks_AspNetUsers_AssignedUserId",
                        column: x => x.AssignedUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewTasks_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScopingMeetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Attendees = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Summary = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecommendationReasons = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScopingMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScopingMeetings_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TermsOfReference",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    VersionNumber = table.Column<int>(type: "integer", nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodTo = table.Column<DateOnly>(type: "date", nullable: false),
                    LinesOfEnquiry = table.Column<List<string>>(type: "text[]", nullable: false),
                    AgencyIdsInScope = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    Method = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Scale = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LeadReviewers = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SkillsRequired = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FactorNotes = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TermsOfReference", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TermsOfReference_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoardRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BoardNotificationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Role = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    AcknowledgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardRecipients_BoardNotifications_BoardNotificationId",
                        column: x => x.BoardNotificationId,
                        principalTable: "BoardNotifications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Correspondence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyMemberId = table.Column<Guid>(type: "uuid", nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Direction = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Correspondence", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Correspondence_FamilyMembers_FamilyMemberId",
                        column: x => x.FamilyMemberId,
                        principalTable: "FamilyMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Correspondence_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BoardNotifications_ReviewId",
                table: "BoardNotifications",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_BoardRecipients_BoardNotificationId",
                table: "BoardRecipients",
                column: "BoardNotificationId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgets_ReviewId",
                table: "Budgets",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Correspondence_FamilyMemberId",
                table: "Correspondence",
                column: "FamilyMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_Correspondence_ReviewId",
                table: "Correspondence",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_DeadlineRuleSettings_PartnershipId_Key",
                table: "DeadlineRuleSettings",
                columns: new[] { "PartnershipId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ReviewId",
                table: "Decisions",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ReviewId_VersionNumber",
                table: "Decisions",
                columns: new[] { "ReviewId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_ReviewTypeId",
                table: "Decisions",
                column: "ReviewTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_Delays_ReviewId",
                table: "Delays",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_FamilyMembers_ReviewId",
                table: "FamilyMembers",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernancePlans_ReviewId",
                table: "GovernancePlans",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_GovernancePlans_ReviewId_VersionNumber",
                table: "GovernancePlans",
                columns: new[] { "ReviewId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HolidayChanges_PartnershipId_Calendar_Date",
                table: "HolidayChanges",
                columns: new[] { "PartnershipId", "Calendar", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_AgencyId",
                table: "InformationRequests",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_InformationRequests_ReviewId",
                table: "InformationRequests",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterTemplates_PartnershipId_Name",
                table: "LetterTemplates",
                columns: new[] { "PartnershipId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_OwnerUserId",
                table: "Milestones",
                column: "OwnerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Milestones_ReviewId",
                table: "Milestones",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_PanelNotifications_ReviewId",
                table: "PanelNotifications",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurposeStatements_ReviewId",
                table: "PurposeStatements",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReferringAgencyId",
                table: "Referrals",
                column: "ReferringAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_Referrals_ReviewId",
                table: "Referrals",
                column: "ReviewId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewHistory_ReviewId",
                table: "ReviewHistory",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_AssignedUserId_CompletedAt",
                table: "ReviewTasks",
                columns: new[] { "AssignedUserId", "CompletedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewTasks_ReviewId",
                table: "ReviewTasks",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ScopingMeetings_ReviewId",
                table: "ScopingMeetings",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_TermsOfReference_ReviewId",
                table: "TermsOfReference",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_TermsOfReference_ReviewId_VersionNumber",
                table: "TermsOfReference",
                columns: new[] { "ReviewId", "VersionNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BoardRecipients");

            migrationBuilder.DropTable(
                name: "Budgets");

            migrationBuilder.DropTable(
                name: "Correspondence");

            migrationBuilder.DropTable(
                name: "DeadlineRuleSettings");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "Delays");

            migrationBuilder.DropTable(
                name: "GovernancePlans");

            migrationBuilder.DropTable(
                name: "HolidayChanges");

            migrationBuilder.DropTable(
                name: "InformationRequests");

            migrationBuilder.DropTable(
                name: "LetterTemplates");

            migrationBuilder.DropTable(
                name: "Milestones");

            migrationBuilder.DropTable(
                name: "PanelNotifications");

            migrationBuilder.DropTable(
                name: "PurposeStatements");

            migrationBuilder.DropTable(
                name: "Referrals");

            migrationBuilder.DropTable(
                name: "ReviewHistory");

            migrationBuilder.DropTable(
                name: "ReviewTasks");

            migrationBuilder.DropTable(
                name: "ScopingMeetings");

            migrationBuilder.DropTable(
                name: "TermsOfReference");

            migrationBuilder.DropTable(
                name: "BoardNotifications");

            migrationBuilder.DropTable(
                name: "FamilyMembers");

            migrationBuilder.DropColumn(
                name: "OwnerUserId",
                table: "Reviews");

            migrationBuilder.DropColumn(
                name: "Jurisdiction",
                table: "Partnerships");

            migrationBuilder.DropColumn(
                name: "ReferralExpectedWithinWorkingDays",
                table: "Partnerships");
        }
    }
}
