/** The mock call recording the studio shows, so call-recording text actions have text to act on. */
export interface TranscriptLine {
  speaker: string;
  at: string;
  text: string;
}

export const demoRecording = {
  id: "demo-discovery-call",
  title: "Discovery call — Lumen Health × Acme",
  when: "Tuesday 14:00 · 32 min",
  participants: ["Maya Chen (Acme)", "Jonas Berg (Lumen Health)", "Priya Natarajan (Lumen Health)"],
  summary: [
    "Lumen Health is replacing a spreadsheet-based referral process and wants every partner " +
      "clinic tracked in one place before their Series B closes in March.",
    "Jonas owns the rollout; Priya signs off on anything touching patient data. Budget is " +
      "approved for 40 seats, with a pilot of 10 seats starting next month.",
  ],
  insights: [
    "Main pain: referrals get lost between the intake team and partner clinics.",
    "Decision by the end of the quarter; security review is the longest step.",
    "They asked twice about an integration with their scheduling system.",
  ],
  transcript: [
    {
      speaker: "Maya Chen",
      at: "00:12",
      text: "Thanks for making time. What prompted the search?",
    },
    {
      speaker: "Jonas Berg",
      at: "00:31",
      text: "Our referrals live in a spreadsheet and things fall through the cracks every week.",
    },
    {
      speaker: "Priya Natarajan",
      at: "01:05",
      text: "And anything with patient data has to pass our security review first.",
    },
    {
      speaker: "Maya Chen",
      at: "01:40",
      text: "Understood. How many people would use it day to day?",
    },
    {
      speaker: "Jonas Berg",
      at: "01:52",
      text: "About forty, starting with a pilot of ten next month.",
    },
  ] as TranscriptLine[],
};

/** Seconds into the call of an "mm:ss" mark, for the transcript's link. */
export function secondsOf(at: string): number {
  const [minutes = 0, seconds = 0] = at.split(":").map(Number);
  return minutes * 60 + seconds;
}
