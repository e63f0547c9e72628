package studio

import "testing"

func TestMemoryIsReleasedOnceAfterEachBurstOfWrites(t *testing.T) {
	w := idleWatch{seen: 3}
	var got []bool
	for _, writes := range []uint64{3, 3, 9, 40, 40, 40, 41, 41} {
		got = append(got, w.settled(writes))
	}
	want := []bool{false, false, false, false, true, false, false, true}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("settled over the periods: %v, want %v", got, want)
		}
	}
}

func TestReleasingMemoryKeepsTheSessionWorking(t *testing.T) {
	s, _ := openExample(t)
	if _, err := s.CallServerFunction(t.Context(), "send-to-alc.server",
		nil, ""); err != nil {
		t.Fatal(err)
	}
	s.calls.Flush()
	s.releaseMemory()
	calls, err := s.Calls(10)
	if err != nil || len(calls) == 0 {
		t.Fatalf("calls after the release: %d, %v", len(calls), err)
	}
}
