namespace Lantern.Core.Information;

/// <summary>What kind of thing an item in the index of material is.</summary>
public enum MaterialKind
{
    Document,
    Chronology,
    ConversationNote,
    MeetingNote,
    Draft,
    Email,
    Recording,
    Other,
}

/// <summary>What was decided about a request to disclose an item.</summary>
public enum DisclosureDecision
{
    Disclose,
    DiscloseInPart,
    Withhold,

    /// <summary>The item belongs to another agency, so the request goes to them to decide.</summary>
    ReferToOwner,
}

/// <summary>
/// One thing the review gathered or produced, in the index of material (quality marker 9), so that whoever
/// owns it can decide on disclosure. Documents add themselves when uploaded; an agency's chronology is listed
/// from its submission and gets a row here (with the submission's id) only once a request is recorded about
/// it; everything else (notes, drafts, emails, recordings) is added by hand.
/// </summary>
public sealed class MaterialItem : IVersioned
{
    public const int TitleMaxLength = 200;
    public const int OwnerNameMaxLength = 200;
    public const int LocationMaxLength = 500;
    public const int DescriptionMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public MaterialKind Kind { get; set; }
    public string Title { get; set; } = string.Empty;

    /// <summary>The agency that owns it, if an agency does.</summary>
    public Guid? OwnerAgencyId { get; set; }

    /// <summary>Any other owner ("The review's lead reviewers", "Coroner's office"), when no agency owns it.</summary>
    public string? OwnerName { get; set; }

    /// <summary>The date of the item itself: when the note was written or the meeting held.</summary>
    public DateOnly ItemDate { get; set; }

    /// <summary>Where the original is held ("Lantern", "Police case file", "Lead reviewer's notebook").</summary>
    public string Location { get; set; } = string.Empty;

    public Sensitivity Sensitivity { get; set; }
    public string? Description { get; set; }

    /// <summary>The uploaded document this item is, if it is one.</summary>
    public Guid? DocumentId { get; set; }

    /// <summary>The agency chronology this item is, if it is one.</summary>
    public Guid? SubmissionId { get; set; }

    public Guid CreatedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>A request to disclose an item (from the Crown Prosecution Service, a court, a coroner, a solicitor)
/// and, once made, the decision about it.</summary>
public sealed class DisclosureRequest : IVersioned
{
    public const int RequestedByMaxLength = 200;
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; }
    public Guid ReviewId { get; set; }
    public Guid MaterialItemId { get; set; }
    public string RequestedBy { get; set; } = string.Empty;
    public DateOnly ReceivedOn { get; set; }
    public string WhatIsAsked { get; set; } = string.Empty;
    public Guid RecordedByUserId { get; set; }
    public DateTime RecordedAt { get; set; }

    public DisclosureDecision? Decision { get; set; }
    public string? DecisionReason { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public Guid? DecidedByUserId { get; set; }

    public Guid Version { get; set; } = Guid.NewGuid();
}

public static class MaterialNames
{
    public static string DisplayName(this MaterialKind kind) => kind switch
    {
        MaterialKind.Document => "Document",
        MaterialKind.Chronology => "Agency chronology",
        MaterialKind.ConversationNote => "Conversation notes",
        MaterialKind.MeetingNote => "Meeting notes",
        MaterialKind.Draft => "Draft",
        MaterialKind.Email => "Email",
        MaterialKind.Recording => "Recording",
        MaterialKind.Other => "Other",
        _ => kind.ToString(),
    };

    /// <summary>The kinds someone adds by hand; documents and chronologies arrive on their own.</summary>
    public static IReadOnlyList<MaterialKind> AddedByHand { get; } =
        [MaterialKind.ConversationNote, MaterialKind.MeetingNote, MaterialKind.Draft, MaterialKind.Email, MaterialKind.Recording, MaterialKind.Other];

    public static string DisplayName(this DisclosureDecision decision) => decision switch
    {
        DisclosureDecision.Disclose => "Disclose",
        DisclosureDecision.DiscloseInPart => "Disclose in part",
        DisclosureDecision.Withhold => "Withhold",
        DisclosureDecision.ReferToOwner => "Referred to the owning agency",
        _ => decision.ToString(),
    };
}
