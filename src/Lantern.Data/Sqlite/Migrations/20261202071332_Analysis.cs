using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Lantern.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Analysis : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AnalysisCodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SchemeKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    SchemeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    CodeKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisCodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnalysisCodes_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnalysisComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnalysisComments_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AnalysisLinks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    FromId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AnalysisLinks_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Response = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RespondedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Challenges_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantPersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InterviewerUserIds = table.Column<string>(type: "TEXT", nullable: false),
                    ScheduledFor = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    BriefingSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NotesVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    FeedbackGiven = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversations_People_ParticipantPersonId",
                        column: x => x.ParticipantPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Conversations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Episodes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PeriodFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PeriodTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AgencyIds = table.Column<string>(type: "TEXT", nullable: false),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    KnownThen = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Appraisal = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    AppraisalReasons = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SharedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Episodes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Episodes_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    InThisCase = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    NotPeculiar = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    HowWidespread = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    WhyItMatters = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Statement = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    IsGoodPractice = table.Column<bool>(type: "INTEGER", nullable: false),
                    PriorityRank = table.Column<int>(type: "INTEGER", nullable: true),
                    StillHappens = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StillHappensEvidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StillHappensCheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SharedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ParticipantFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ParticipantFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ParticipantFeedback_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversationNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Author = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sections = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WrittenByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversationNotes_Conversations_ConversationId",
                        column: x => x.ConversationId,
                        principalTable: "Conversations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BoardIssues",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BoardIssues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BoardIssues_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SuggestedOwner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Recommendations_Findings_FindingId",
                        column: x => x.FindingId,
                        principalTable: "Findings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Recommendations_Reviews_ReviewId",
                        column: x => x.ReviewId,
                        principalTable: "Reviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisCodes_ItemId_SchemeKey_CodeKey",
                table: "AnalysisCodes",
                columns: new[] { "ItemId", "SchemeKey", "CodeKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisCodes_ReviewId",
                table: "AnalysisCodes",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisComments_ItemId_CreatedAt",
                table: "AnalysisComments",
                columns: new[] { "ItemId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisComments_ReviewId",
                table: "AnalysisComments",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisLinks_FromId_ToKind_ToId",
                table: "AnalysisLinks",
                columns: new[] { "FromId", "ToKind", "ToId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisLinks_ReviewId",
                table: "AnalysisLinks",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisLinks_ReviewId_ToKind_ToId",
                table: "AnalysisLinks",
                columns: new[] { "ReviewId", "ToKind", "ToId" });

            migrationBuilder.CreateIndex(
                name: "IX_BoardIssues_FindingId_Position",
                table: "BoardIssues",
                columns: new[] { "FindingId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BoardIssues_ReviewId",
                table: "BoardIssues",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_ItemId",
                table: "Challenges",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_ReviewId",
                table: "Challenges",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationNotes_ConversationId_Number",
                table: "ConversationNotes",
                columns: new[] { "ConversationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationNotes_ReviewId",
                table: "ConversationNotes",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ParticipantPersonId",
                table: "Conversations",
                column: "ParticipantPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ParticipantUserId",
                table: "Conversations",
                column: "ParticipantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ReviewId",
                table: "Conversations",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Conversations_ReviewId_Number",
                table: "Conversations",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ReviewId",
                table: "Episodes",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Episodes_ReviewId_Number",
                table: "Episodes",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ReviewId",
                table: "Findings",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_ReviewId_Number",
                table: "Findings",
                columns: new[] { "ReviewId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ParticipantFeedback_ReviewId",
                table: "ParticipantFeedback",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_FindingId",
                table: "Recommendations",
                column: "FindingId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ReviewId",
                table: "Recommendations",
                column: "ReviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Recommendations_ReviewId_Number",
                table: "Recommendations",
                columns: new[] { "ReviewId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalysisCodes");

            migrationBuilder.DropTable(
                name: "AnalysisComments");

            migrationBuilder.DropTable(
                name: "AnalysisLinks");

            migrationBuilder.DropTable(
                name: "BoardIssues");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "ConversationNotes");

            migrationBuilder.DropTable(
                name: "Episodes");

            migrationBuilder.DropTable(
                name: "ParticipantFeedback");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "Conversations");

            migrationBuilder.DropTable(
                name: "Findings");
        }
    }
}
