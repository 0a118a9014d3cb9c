import gc

from kg.bulk import no_cycle_collection


def test_the_cycle_collector_pauses_inside_and_runs_again_after():
    assert gc.isenabled()
    with no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused():
    gc.disable()
    try:
        with no_cycle_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_was_built_is_left_out_of_later_collections():
    gc.unfreeze()
    with no_cycle_collection():
        built = [{"claim": number} for number in range(1000)]
    try:
        assert gc.get_freeze_count() >= len(built)
    finally:
        gc.unfreeze()
