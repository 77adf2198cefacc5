namespace Ioc.Hub.Simulation;

/// <summary>
/// The shares the simulated province runs at (docs/simulator.md). Each applies only where the profile has the rule:
/// no emergencies without an emergency plan, no reschedules outside Đồng Nai's, no rating without a scale.
/// </summary>
public static class SimulationRates
{
    public const double Emergency = 0.02;
    public const double Confidential = 0.03;
    /// <summary>Of the calls to a call centre whose operator may answer directly (004 Điều 9).</summary>
    public const double FirstContact = 0.30;
    /// <summary>Rejected cases; most at reception, a few after verification by the agency.</summary>
    public const double Rejection = 0.04;
    public const double RejectionAtReception = 0.85;
    /// <summary>Unclear reports sent back to the reporter, where the profile has a clarification window.</summary>
    public const double Unclear = 0.05;
    public const double ClarificationAnswered = 0.75;
    public const double WrongJurisdiction = 0.03;
    public const double Coordination = 0.08;
    /// <summary>Khánh Hòa's verification extension (000 Điều 7.1.a).</summary>
    public const double Verification = 0.05;
    /// <summary>Agencies that see they will be late register an extension this often, where the profile allows it.</summary>
    public const double ExtensionWhenLate = 0.5;
    public const double ExtensionOtherwise = 0.03;
    public const double Reschedule = 0.12;
    public const double ApproverSendBack = 0.06;
    public const double EditAndApprove = 0.10;
    /// <summary>The operations center sends an approved answer back (empty, badly formatted, inaccurate).</summary>
    public const double OperationsSendBack = 0.04;
    public const double FollowUp = 0.05;
    public const double Rated = 0.60;
    public const double UnsatisfiedWhenOnTime = 0.08;
    public const double UnsatisfiedWhenLate = 0.45;
    /// <summary>How often the operations center itself is late on reception or publication.</summary>
    public const double OperationsLate = 0.03;
}
