// The tour's clock: stops by time, commands, the attract loop, the eased camera and fades.
#include "scenes/tour/tour_player.h"
#include "scenes/tour/idle_timer.h"

#include <gtest/gtest.h>

namespace xrviz::scenes::tour {
namespace {

TEST(TourPlayer, StartsInTheAttractLoopAndMovesOnByTime) {
    TourPlayer player({10.0, 5.0, 8.0}, 100.0);
    EXPECT_EQ(player.phase(), TourPhase::attract);
    player.update(109.9);
    EXPECT_EQ(player.stop(), 0u);
    EXPECT_NEAR(player.progress(109.9), 0.99, 1e-9);
    player.update(110.0);
    EXPECT_EQ(player.stop(), 1u);
    EXPECT_DOUBLE_EQ(player.seconds_in_stop(112.0), 2.0);
    player.update(123.0);  // 10 + 5 + 8: the loop wraps
    EXPECT_EQ(player.stop(), 0u);
    EXPECT_EQ(player.loops(), 1u);
    EXPECT_EQ(player.phase(), TourPhase::attract);
}

TEST(TourPlayer, ALongStallCrossesSeveralStops) {
    TourPlayer player({1.0, 1.0, 1.0}, 0.0);
    player.update(7.5);  // two loops and a half stop
    EXPECT_EQ(player.loops(), 2u);
    EXPECT_EQ(player.stop(), 1u);
    EXPECT_DOUBLE_EQ(player.seconds_in_stop(7.5), 0.5);
}

TEST(TourPlayer, CommandsStartTheTourAndItsEndReturnsToAttract) {
    TourPlayer player({10.0, 10.0}, 0.0);
    player.next(3.0);
    EXPECT_EQ(player.phase(), TourPhase::touring);
    EXPECT_EQ(player.stop(), 1u);
    EXPECT_DOUBLE_EQ(player.seconds_in_stop(3.0), 0.0);
    player.previous(4.0);
    EXPECT_EQ(player.stop(), 0u);
    player.previous(5.0);  // stays at the first stop
    EXPECT_EQ(player.stop(), 0u);
    player.update(25.0);  // 5 + 10 + 10: the person's tour is over
    EXPECT_EQ(player.phase(), TourPhase::attract);
    EXPECT_EQ(player.stop(), 0u);
    player.next(26.0);
    player.next(27.0);  // past the last stop ends the tour as well
    EXPECT_EQ(player.phase(), TourPhase::attract);
}

TEST(TourPlayer, RestartAndAttractGoToTheFirstStopAndCountAsAChange) {
    TourPlayer player({10.0, 10.0}, 0.0);
    const auto serial = player.stop_serial();
    player.restart(1.0);
    EXPECT_EQ(player.phase(), TourPhase::touring);
    EXPECT_EQ(player.stop(), 0u);
    EXPECT_GT(player.stop_serial(), serial);
    player.update(12.0);
    player.attract(12.5);
    EXPECT_EQ(player.phase(), TourPhase::attract);
    EXPECT_EQ(player.stop(), 0u);
}

TEST(TourPlayer, RejectsAnEmptyTourOrAStopWithoutTime) {
    EXPECT_THROW(TourPlayer({}, 0.0), std::exception);
    EXPECT_THROW(TourPlayer({1.0, 0.0}, 0.0), std::exception);
}

TEST(TourCamera, EasesInAndOutBetweenPoses) {
    EXPECT_DOUBLE_EQ(ease_in_out(0.0), 0.0);
    EXPECT_DOUBLE_EQ(ease_in_out(1.0), 1.0);
    EXPECT_DOUBLE_EQ(ease_in_out(0.5), 0.5);
    EXPECT_DOUBLE_EQ(ease_in_out(-1.0), 0.0);
    // Slow at both ends: the first and last tenth cover less than a tenth of the way.
    EXPECT_LT(ease_in_out(0.1), 0.1);
    EXPECT_GT(ease_in_out(0.9), 0.9);
    const render::CameraPose a{{0, 1, 5}, {0, 1, 0}};
    const render::CameraPose b{{4, 3, 5}, {4, 1, 0}};
    const render::CameraPose mid = camera_between(a, b, 0.5);
    EXPECT_FLOAT_EQ(mid.eye.x, 2.0f);
    EXPECT_FLOAT_EQ(mid.eye.y, 2.0f);
    EXPECT_FLOAT_EQ(mid.target.x, 2.0f);
    EXPECT_EQ(camera_between(a, b, 1.0).eye, b.eye);
    EXPECT_EQ(camera_between(a, b, 2.0).eye, b.eye);
}

TEST(TourFade, BlackAtTheCutsClearBetween) {
    EXPECT_FLOAT_EQ(fade_level(0.0, 10.0, 1.0, true, true), 1.0f);
    EXPECT_FLOAT_EQ(fade_level(0.5, 10.0, 1.0, true, true), 0.5f);
    EXPECT_FLOAT_EQ(fade_level(5.0, 10.0, 1.0, true, true), 0.0f);
    EXPECT_FLOAT_EQ(fade_level(9.75, 10.0, 1.0, true, true), 0.75f);
    EXPECT_FLOAT_EQ(fade_level(0.0, 10.0, 1.0, false, true), 0.0f);
    EXPECT_FLOAT_EQ(fade_level(9.75, 10.0, 1.0, true, false), 0.0f);
    EXPECT_FLOAT_EQ(fade_level(0.0, 10.0, 0.0, true, true), 0.0f);
}

TEST(IdleTimer, FiresOncePerIdleSpellAndATouchStartsAgain) {
    IdleTimer idle(60.0, 0.0);
    EXPECT_FALSE(idle.expired(59.9));
    EXPECT_TRUE(idle.expired(60.0));
    EXPECT_FALSE(idle.expired(61.0));  // already back in the attract loop
    idle.touch(100.0);
    EXPECT_FALSE(idle.expired(159.0));
    EXPECT_TRUE(idle.expired(160.5));
}

}  // namespace
}  // namespace xrviz::scenes::tour
