namespace Lantern.Web.Pages.SettingUp.Referrals;

/// <summary>A referral as entered on the form. Dates come from GOV.UK date inputs and are checked by the page.</summary>
public sealed class ReferralInput
{
    [Display(Name = "Working title", Order = 1)]
    [Required(ErrorMessage = "Enter a working title, such as Child Q")]
    [StringLength(ReviewTitle.MaxLength, ErrorMessage = "Working title must be 60 characters or fewer")]
    public string? WorkingTitle { get; set; }

    [Display(Name = "Full name", Order = 2)]
    [Required(ErrorMessage = "Enter the full name of the person the referral is about")]
    [StringLength(Referral.NameMaxLength, ErrorMessage = "Full name must be 120 characters or fewer")]
    public string? SubjectName { get; set; }

    [Display(Order = 3)]
    public DateInputModel SubjectDateOfBirth { get; set; } = new();

    [Display(Name = "Sex", Order = 4)]
    [StringLength(Referral.ShortTextMaxLength, ErrorMessage = "Sex must be 200 characters or fewer")]
    public string? SubjectSex { get; set; }

    [Display(Name = "Ethnicity", Order = 5)]
    [StringLength(Referral.ShortTextMaxLength, ErrorMessage = "Ethnicity must be 200 characters or fewer")]
    public string? SubjectEthnicity { get; set; }

    [Display(Name = "Disability", Order = 6)]
    [StringLength(Referral.ShortTextMaxLength, ErrorMessage = "Disability must be 200 characters or fewer")]
    public string? SubjectDisability { get; set; }

    [Display(Name = "Legal status", Order = 7)]
    [Required(ErrorMessage = "Select the legal status at the time")]
    public LegalStatus? SubjectLegalStatus { get; set; }

    [Display(Name = "Area", Order = 8)]
    [StringLength(Referral.ShortTextMaxLength, ErrorMessage = "Area must be 200 characters or fewer")]
    public string? SubjectArea { get; set; }

    [Display(Order = 9)]
    public DateInputModel IncidentDate { get; set; } = new();

    [Display(Name = "What happened", Order = 10)]
    [Required(ErrorMessage = "Select whether they died or were seriously harmed")]
    public HarmKind? Harm { get; set; }

    [Display(Name = "Circumstances", Order = 11)]
    [Required(ErrorMessage = "Describe the circumstances")]
    [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Circumstances must be 8,000 characters or fewer")]
    public string? Circumstances { get; set; }

    [Display(Order = 12)]
    public DateInputModel AwareDate { get; set; } = new();

    [Display(Order = 13)]
    public DateInputModel ReferredOn { get; set; } = new();

    [Display(Name = "Referring agency", Order = 14)]
    [Required(ErrorMessage = "Select the referring agency")]
    public Guid? ReferringAgencyId { get; set; }

    [Display(Name = "Name of the person referring", Order = 15)]
    [Required(ErrorMessage = "Enter the name of the person referring")]
    [StringLength(Referral.NameMaxLength, ErrorMessage = "Name of the person referring must be 120 characters or fewer")]
    public string? ReferrerName { get; set; }

    [Display(Name = "Other agencies involved", Order = 16)]
    public List<Guid> OtherAgencyIds { get; set; } = [];

    [Display(Name = "Other areas the family lived in", Order = 17)]
    [StringLength(2000, ErrorMessage = "Other areas must be 2,000 characters or fewer")]
    public string? OtherAreas { get; set; }

    [Display(Name = "Statutory criteria", Order = 18)]
    [Required(ErrorMessage = "Select whether the statutory criteria are met or the case is referred for other learning")]
    public CriteriaRoute? CriteriaRoute { get; set; }

    [Display(Order = 19)]
    public List<CriterionInput> Criteria { get; set; } = [];

    [Display(Name = "What could be learned", Order = 20)]
    [StringLength(Referral.LongTextMaxLength, ErrorMessage = "What could be learned must be 8,000 characters or fewer")]
    public string? OtherLearningReason { get; set; }

    [Display(Name = "Why you are referring", Order = 21)]
    [Required(ErrorMessage = "Explain why you are referring this case")]
    [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Why you are referring must be 8,000 characters or fewer")]
    public string? Rationale { get; set; }

    [Display(Name = "Reason for any delay", Order = 22)]
    [StringLength(Referral.LongTextMaxLength, ErrorMessage = "Reason for any delay must be 8,000 characters or fewer")]
    public string? DelayExplanation { get; set; }

    /// <summary>The referrer has seen the reviews with the same working title and wants another.</summary>
    public bool CreateAnyway { get; set; }

    public sealed class CriterionInput
    {
        public string Key { get; set; } = string.Empty;

        [Display(Name = "Answer")]
        public CriterionAnswer? Answer { get; set; }
    }
}
