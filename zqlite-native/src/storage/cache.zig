//! The page cache of one database: a fixed pool of page-sized slots allocated once at open, so
//! its memory never exceeds the configured budget, and never allocates on the read path.
//!
//! A slot is `free`, `loading` (a reader is filling it; others wait on `cond`), `clean` (a
//! committed page version, findable by key), or `dirty` (private to the single writer, not
//! findable). Clean slots are keyed by page version: `(page_no, version)` where version is 0 for
//! the database file's copy and `epoch << 32 | frame` for a WAL frame, because readers at
//! different snapshots see different versions of one page. Pinned slots are never evicted or
//! reused; clean unpinned slots are evicted by CLOCK (second chance).
//!
//! The key table is open addressing with linear probing and backward-shift deletion, sized to
//! twice the slot count, so it never grows and lookups stay short. One mutex guards everything;
//! I/O happens outside it (a `loading` slot is claimed under the mutex, filled without it).
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");

pub const Key = struct {
    page_no: u32,
    version: u64,
};

const State = enum(u8) { free, loading, clean, dirty };

const Slot = struct {
    key: Key = .{ .page_no = 0, .version = 0 },
    state: State = .free,
    pins: u32 = 0,
    referenced: bool = false,
    /// Set on a pinned clean slot whose key was invalidated: freed when its last pin goes.
    detached: bool = false,
};

const empty: u32 = std.math.maxInt(u32);

pub const Cache = struct {
    allocator: std.mem.Allocator,
    mutex: std.Thread.Mutex = .{},
    /// Broadcast when a load finishes or a slot becomes free or unpinned while someone waits.
    cond: std.Thread.Condition = .{},
    page_size_bytes: u32,
    memory: []u8,
    slots: []Slot,
    table: []u32,
    free_slots: std.ArrayListUnmanaged(u32),
    hand: u32 = 0,
    dirty_count: u32 = 0,
    waiters: u32 = 0,
    hits: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    misses: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),

    pub const slot_count_min: u32 = 16;
    /// Pins are brief, so a reader short of slots waits at least this long before Busy.
    pub const claim_wait_ms_min: u32 = 100;

    pub fn init(
        allocator: std.mem.Allocator,
        page_size_bytes: u32,
        slot_count: u32,
    ) errors.Error!Cache {
        assert(slot_count >= slot_count_min);
        const memory = try allocator.alloc(u8, @as(usize, slot_count) * page_size_bytes);
        errdefer allocator.free(memory);
        const slots = try allocator.alloc(Slot, slot_count);
        errdefer allocator.free(slots);
        @memset(slots, .{});
        const table_len = std.math.ceilPowerOfTwoAssert(u32, slot_count * 2);
        const table = try allocator.alloc(u32, table_len);
        errdefer allocator.free(table);
        @memset(table, empty);
        var free_slots = try std.ArrayListUnmanaged(u32).initCapacity(allocator, slot_count);
        var i: u32 = slot_count;
        while (i > 0) : (i -= 1) free_slots.appendAssumeCapacity(i - 1);
        return .{
            .allocator = allocator,
            .page_size_bytes = page_size_bytes,
            .memory = memory,
            .slots = slots,
            .table = table,
            .free_slots = free_slots,
        };
    }

    pub fn deinit(self: *Cache) void {
        self.allocator.free(self.memory);
        self.allocator.free(self.slots);
        self.allocator.free(self.table);
        self.free_slots.deinit(self.allocator);
        self.* = undefined;
    }

    pub fn slotCount(self: *const Cache) u32 {
        return @intCast(self.slots.len);
    }

    /// The whole page (checksum trailer included) held by `slot`.
    pub fn bytes(self: *Cache, slot: u32) []u8 {
        assert(slot < self.slots.len);
        const start = @as(usize, slot) * self.page_size_bytes;
        return self.memory[start..][0..self.page_size_bytes];
    }

    fn home(self: *const Cache, key: Key) u32 {
        const page_mix = @as(u64, key.page_no) *% 0x9E3779B97F4A7C15;
        const mixed = page_mix ^ (key.version *% 0xC2B2AE3D27D4EB4F);
        const mask: u64 = self.table.len - 1;
        return @intCast((mixed ^ (mixed >> 29)) & mask);
    }

    fn find(self: *const Cache, key: Key) ?u32 {
        const mask: u32 = @intCast(self.table.len - 1);
        var i = self.home(key);
        var probes: u32 = 0;
        while (probes < self.table.len) : (probes += 1) {
            const slot = self.table[i];
            if (slot == empty) return null;
            if (std.meta.eql(self.slots[slot].key, key)) return i;
            i = (i + 1) & mask;
        }
        return null;
    }

    fn insert(self: *Cache, slot: u32) void {
        assert(self.find(self.slots[slot].key) == null);
        const mask: u32 = @intCast(self.table.len - 1);
        var i = self.home(self.slots[slot].key);
        // Bounded: the table is twice the slot count, so an empty entry exists.
        while (self.table[i] != empty) i = (i + 1) & mask;
        self.table[i] = slot;
    }

    fn removeAt(self: *Cache, position: u32) void {
        const mask: u32 = @intCast(self.table.len - 1);
        var hole = position;
        var j = position;
        var probes: u32 = 0;
        while (probes < self.table.len) : (probes += 1) {
            j = (j + 1) & mask;
            const slot = self.table[j];
            if (slot == empty) break;
            const k = self.home(self.slots[slot].key);
            // Move the entry back when its home is not within (hole, j] cyclically.
            const between = if (hole <= j) (k > hole and k <= j) else (k > hole or k <= j);
            if (!between) {
                self.table[hole] = slot;
                hole = j;
            }
        }
        self.table[hole] = empty;
    }

    pub const Lookup = union(enum) {
        /// Pinned slot holding the page.
        hit: u32,
        /// Pinned `loading` slot the caller must fill, then `finishLoad` or `abortLoad`.
        load: u32,
    };

    /// Finds and pins the clean slot for `key`, waiting for a concurrent load of it; otherwise
    /// claims a slot for the caller to load. `error.Busy` if every slot stays pinned or dirty for
    /// `wait_ms` (at least `claim_wait_ms_min`).
    pub fn pinOrClaim(self: *Cache, key: Key, wait_ms: u32) errors.Error!Lookup {
        self.mutex.lock();
        defer self.mutex.unlock();
        // Started only when a claim must wait: reading the clock on every pin showed in profiles.
        var timer: ?std.time.Timer = null;
        // Bounded: every round pins, claims, or waits on a deadline (loads always finish).
        while (true) {
            if (self.find(key)) |position| {
                const slot = self.table[position];
                const s = &self.slots[slot];
                if (s.state == .loading) {
                    // Loads always finish (the loader holds no other lock while reading).
                    self.waiters += 1;
                    defer self.waiters -= 1;
                    self.cond.wait(&self.mutex);
                    continue;
                }
                assert(s.state == .clean);
                s.pins += 1;
                s.referenced = true;
                _ = self.hits.fetchAdd(1, .monotonic);
                return .{ .hit = slot };
            }
            if (self.claimLocked()) |slot| {
                const s = &self.slots[slot];
                s.* = .{ .key = key, .state = .loading, .pins = 1, .referenced = true };
                self.insert(slot);
                _ = self.misses.fetchAdd(1, .monotonic);
                return .{ .load = slot };
            }
            if (timer == null) timer = std.time.Timer.start() catch unreachable;
            self.waitLocked(&timer.?, @max(wait_ms, claim_wait_ms_min)) catch return error.Busy;
        }
    }

    fn waitLocked(self: *Cache, timer: *std.time.Timer, wait_ms: u32) error{Timeout}!void {
        const waited_ns = timer.read();
        const budget_ns = @as(u64, wait_ms) * std.time.ns_per_ms;
        if (waited_ns >= budget_ns) return error.Timeout;
        self.waiters += 1;
        defer self.waiters -= 1;
        self.cond.timedWait(&self.mutex, budget_ns - waited_ns) catch {};
    }

    /// A free slot, or a clean unpinned one evicted by CLOCK; null when none.
    fn claimLocked(self: *Cache) ?u32 {
        if (self.free_slots.popOrNull()) |slot| {
            assert(self.slots[slot].state == .free);
            return slot;
        }
        const n: u32 = @intCast(self.slots.len);
        var steps: u32 = 0;
        // Two sweeps: the first may only clear reference bits.
        while (steps < 2 * n) : (steps += 1) {
            const slot = self.hand;
            self.hand = (self.hand + 1) % n;
            const s = &self.slots[slot];
            if (s.state != .clean or s.pins != 0) continue;
            if (s.referenced) {
                s.referenced = false;
                continue;
            }
            self.removeAt(self.find(s.key).?);
            s.* = .{};
            return slot;
        }
        return null;
    }

    pub fn finishLoad(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        assert(self.slots[slot].state == .loading);
        self.slots[slot].state = .clean;
        self.cond.broadcast();
    }

    /// The load failed: forget the key and free the slot.
    pub fn abortLoad(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        assert(s.state == .loading and s.pins == 1);
        self.removeAt(self.find(s.key).?);
        self.freeLocked(slot);
        self.cond.broadcast();
    }

    fn freeLocked(self: *Cache, slot: u32) void {
        const s = &self.slots[slot];
        if (s.state == .dirty) self.dirty_count -= 1;
        s.* = .{};
        self.free_slots.appendAssumeCapacity(slot);
        if (self.waiters > 0) self.cond.broadcast();
    }

    pub fn pin(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        assert(self.slots[slot].state != .free);
        self.slots[slot].pins += 1;
    }

    pub fn unpin(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        assert(s.pins > 0);
        s.pins -= 1;
        if (s.pins == 0 and s.detached) {
            self.freeLocked(slot);
        } else if (s.pins == 0 and self.waiters > 0) {
            self.cond.broadcast();
        }
    }

    pub fn pinCount(self: *Cache, slot: u32) u32 {
        self.mutex.lock();
        defer self.mutex.unlock();
        return self.slots[slot].pins;
    }

    /// A slot for the writer's private use (unpinned, not findable), or null when every slot is
    /// pinned or dirty: the writer then spills its dirty pages.
    pub fn claimDirty(self: *Cache) ?u32 {
        self.mutex.lock();
        defer self.mutex.unlock();
        const slot = self.claimLocked() orelse return null;
        self.slots[slot] = .{ .state = .dirty };
        self.dirty_count += 1;
        return slot;
    }

    /// Turns the clean, unpinned slot of `key` into a dirty slot for the writer (no longer
    /// findable): the writer re-modifies a page whose spilled copy is still cached. Null when
    /// `key` is not cached or is pinned.
    pub fn takeClean(self: *Cache, key: Key) ?u32 {
        self.mutex.lock();
        defer self.mutex.unlock();
        const position = self.find(key) orelse return null;
        const slot = self.table[position];
        const s = &self.slots[slot];
        if (s.state != .clean or s.pins != 0) return null;
        self.removeAt(position);
        s.* = .{ .state = .dirty };
        self.dirty_count += 1;
        assert(self.find(key) == null);
        return slot;
    }

    /// Frees a dirty slot (rollback, spill).
    pub fn releaseDirty(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        assert(self.slots[slot].state == .dirty);
        assert(self.slots[slot].pins == 0);
        self.freeLocked(slot);
    }

    /// A committed dirty slot becomes the clean version `key` (or is freed if that version is
    /// already cached).
    pub fn publishDirty(self: *Cache, slot: u32, key: Key) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        assert(s.state == .dirty and s.pins == 0);
        if (self.find(key) != null) {
            self.freeLocked(slot);
            return;
        }
        self.dirty_count -= 1;
        s.* = .{ .key = key, .state = .clean, .referenced = true };
        self.insert(slot);
    }

    /// Forgets the cached version `key` (its bytes on disk changed).
    pub fn invalidate(self: *Cache, key: Key) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const position = self.find(key) orelse return;
        const slot = self.table[position];
        const s = &self.slots[slot];
        if (s.state == .loading) return; // Its loader read after the change.
        self.removeAt(position);
        if (s.pins == 0) self.freeLocked(slot) else s.detached = true;
    }

    pub fn dirtyCount(self: *Cache) u32 {
        self.mutex.lock();
        defer self.mutex.unlock();
        return self.dirty_count;
    }
};

const testing = std.testing;

test "cache: hit after load, eviction keeps pinned pages, budget is fixed" {
    var cache = try Cache.init(testing.allocator, 512, 16);
    defer cache.deinit();
    var page_no: u32 = 2;
    var pinned: ?u32 = null;
    while (page_no < 200) : (page_no += 1) {
        const lookup = try cache.pinOrClaim(.{ .page_no = page_no, .version = 0 }, 0);
        const slot = lookup.load;
        @memset(cache.bytes(slot), @truncate(page_no));
        cache.finishLoad(slot);
        if (page_no == 2) pinned = slot else cache.unpin(slot);
    }
    // Page 2 stayed pinned through 198 loads into 16 slots, so it was never evicted.
    const again = try cache.pinOrClaim(.{ .page_no = 2, .version = 0 }, 0);
    try testing.expectEqual(pinned.?, again.hit);
    try testing.expectEqual(@as(u8, 2), cache.bytes(again.hit)[0]);
    cache.unpin(again.hit);
    cache.unpin(pinned.?);
    try testing.expect(cache.misses.load(.monotonic) == 198);
    try testing.expect(cache.hits.load(.monotonic) == 1);
}

test "cache: Busy when every slot is pinned or dirty; invalidate and publish" {
    var cache = try Cache.init(testing.allocator, 512, 16);
    defer cache.deinit();
    var dirty: [16]u32 = undefined;
    for (&dirty) |*d| d.* = cache.claimDirty().?;
    try testing.expectEqual(@as(?u32, null), cache.claimDirty());
    try testing.expectError(error.Busy, cache.pinOrClaim(.{ .page_no = 9, .version = 0 }, 1));
    cache.publishDirty(dirty[0], .{ .page_no = 9, .version = 5 });
    const hit = try cache.pinOrClaim(.{ .page_no = 9, .version = 5 }, 0);
    try testing.expectEqual(dirty[0], hit.hit);
    cache.invalidate(.{ .page_no = 9, .version = 5 }); // Pinned: detached, freed at unpin.
    cache.unpin(hit.hit);
    for (dirty[1..]) |d| cache.releaseDirty(d);
    try testing.expectEqual(@as(u32, 0), cache.dirtyCount());
    try testing.expectEqual(@as(usize, 16), cache.free_slots.items.len);
}

test "cache: table stays consistent under random insert/evict/invalidate" {
    var cache = try Cache.init(testing.allocator, 512, 16);
    defer cache.deinit();
    var prng = std.Random.DefaultPrng.init(42);
    const random = prng.random();
    var i: u32 = 0;
    while (i < 5000) : (i += 1) {
        const key: Key = .{
            .page_no = random.uintLessThan(u32, 40),
            .version = random.uintLessThan(u64, 3),
        };
        if (random.uintLessThan(u8, 4) == 0) {
            cache.invalidate(key);
            continue;
        }
        switch (try cache.pinOrClaim(key, 0)) {
            .hit => |slot| {
                const expected: u8 = @truncate(key.page_no ^ key.version);
                try testing.expectEqual(expected, cache.bytes(slot)[0]);
                cache.unpin(slot);
            },
            .load => |slot| {
                cache.bytes(slot)[0] = @truncate(key.page_no ^ key.version);
                cache.finishLoad(slot);
                cache.unpin(slot);
            },
        }
    }
}
