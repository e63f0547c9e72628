export default async function connectionRemoved() {}
