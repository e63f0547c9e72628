// Records a logged call; the studio shows the arguments and result in the inspector.
export default async function logCall(recordId: string, call: {subject: string; minutes: number}) {
  console.log(`Logging "${call.subject}" (${call.minutes} min) on ${recordId}`)
  return {id: `call_${recordId.slice(0, 6)}`, minutes: call.minutes}
}
