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
//! twice the slot count, so it never grows and lookups stay short. One mutex guards every
//! change of a slot's state or key and of the table; I/O happens outside it (a `loading` slot
//! is claimed under the mutex, filled without it).
//!
//! Pinning a cached page and unpinning it take no lock (`pinOrClaim`'s fast path, `unpin`):
//! each slot has one atomic word, `findable_flag | pins`. Every reader pinned every page through
//! the mutex before, and the single writer (which also needs the mutex, to claim and publish
//! its slots) slept behind readers on a 2-core machine, then waited for a CPU to wake it up.
//! Why the lock-free pin is correct:
//! - `findable_flag` is set exactly while the slot is clean and in the table (set by
//!   finishLoad/publishDirty after the key is stored, cleared under the mutex by eviction,
//!   takeClean and invalidate), and a lock-free pin is a CAS that requires it; eviction and
//!   takeClean clear it only by a CAS from `findable_flag | 0 pins`, invalidate by an atomic
//!   fetchAnd that also reads the pin count (pinned: `detached`, freed by the last unpin);
//! - so once a CAS pin succeeds, the slot cannot leave the clean state, nor change its key, nor
//!   be rewritten until that pin is dropped: the key read after pinning is the slot's real key,
//!   and the pin is kept only if it is the wanted one (else dropped, and the locked path runs);
//! - the probe of the table before the CAS reads entries and keys that the mutex holder may be
//!   changing (atomically, entry by entry): it can only miss (the locked path then decides) or
//!   pick a wrong slot (caught by the key check after pinning), and it is bounded;
//! - a thread waiting for an unpinned slot announces itself in `waiters` (seq_cst) and then
//!   looks again before sleeping, while `unpin` drops its pin (seq_cst) and then reads
//!   `waiters`: one of the two sees the other, so no wake-up is lost.
const std = @import("std");
const assert = std.debug.assert;
const errors = @import("errors.zig");

pub const Key = struct {
    page_no: u32,
    version: u64,
};

const State = enum(u8) { free, loading, clean, dirty };

/// Set in a slot's pin word while the slot is clean and in the table (lock-free pins allowed).
const findable_flag: u32 = 1 << 31;
const pins_mask: u32 = findable_flag - 1;
/// CAS attempts of one lock-free pin before it leaves the work to the locked path.
const pin_attempts_max: u32 = 64;

const Slot = struct {
    /// The key, stored atomically so lock-free probes may read it as a hint; it changes only
    /// under the mutex while the slot is unpinned and not findable.
    page_no: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    version: std.atomic.Value(u64) = std.atomic.Value(u64).init(0),
    /// `findable_flag | pins`: changed only by atomic read-modify-write operations.
    pin_word: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    /// Set on every hit (CLOCK's second chance), cleared by the hand under the mutex.
    referenced: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    /// Under the mutex from here on.
    state: State = .free,
    /// Set on a pinned clean slot whose key was invalidated: freed when its last pin goes.
    detached: bool = false,

    fn key(s: *const Slot) Key {
        return .{ .page_no = s.page_no.load(.monotonic), .version = s.version.load(.monotonic) };
    }

    fn setKey(s: *Slot, k: Key) void {
        s.page_no.store(k.page_no, .monotonic);
        s.version.store(k.version, .monotonic);
    }

    fn pins(s: *const Slot) u32 {
        return s.pin_word.load(.monotonic) & pins_mask;
    }

    fn findable(s: *const Slot) bool {
        return s.pin_word.load(.monotonic) & findable_flag != 0;
    }

    /// One more pin if the slot is findable (lock-free); false when it is not, or stays
    /// contended for pin_attempts_max rounds.
    fn tryPinFindable(s: *Slot) bool {
        var word = s.pin_word.load(.monotonic);
        var attempts: u32 = 0;
        while (attempts < pin_attempts_max) : (attempts += 1) {
            if (word & findable_flag == 0) return false;
            assert(word & pins_mask < pins_mask);
            // Acquire: the key and bytes stored before findable_flag was set are visible.
            word = s.pin_word.cmpxchgWeak(word, word + 1, .acquire, .monotonic) orelse return true;
        }
        return false;
    }

    /// Unpinned and findable -> not findable (eviction, takeClean); false when pinned.
    fn tryUnpublish(s: *Slot) bool {
        return s.pin_word.cmpxchgStrong(findable_flag, 0, .acquire, .monotonic) == null;
    }
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
    /// Key table entries (slot numbers or `empty`): stored atomically under the mutex, loaded
    /// by lock-free probes.
    table: []u32,
    free_slots: std.ArrayListUnmanaged(u32),
    hand: u32 = 0,
    /// Changed under the mutex; read without it by the writer (its own slots).
    dirty_count: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    /// Threads waiting for a slot to become claimable (changed under the mutex).
    waiters: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
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
        assert(slot_count < pins_mask); // A slot number never collides with `empty`.
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

    /// Replaces the pool with `slot_count` empty slots (PRAGMA cache_size); the counters stay.
    /// The caller guarantees that no other thread uses the cache meanwhile (the pager holds
    /// every lock a cache user needs, with no reader registered): lock-free pins read `slots`
    /// and `table` without the mutex, so this is only sound when nobody can pin. Every slot
    /// must be free or clean and unpinned. Out of memory keeps the old pool.
    pub fn resize(self: *Cache, slot_count: u32) errors.Error!void {
        self.mutex.lock();
        defer self.mutex.unlock();
        assert(self.dirty_count.load(.monotonic) == 0);
        assert(self.waiters.load(.monotonic) == 0);
        for (self.slots) |*s| assert(s.pin_word.load(.monotonic) & pins_mask == 0 and
            (s.state == .free or s.state == .clean));
        var fresh = try Cache.init(self.allocator, self.page_size_bytes, slot_count);
        std.mem.swap([]u8, &self.memory, &fresh.memory);
        std.mem.swap([]Slot, &self.slots, &fresh.slots);
        std.mem.swap([]u32, &self.table, &fresh.table);
        std.mem.swap(std.ArrayListUnmanaged(u32), &self.free_slots, &fresh.free_slots);
        self.hand = 0;
        fresh.deinit(); // Frees the old pool.
        assert(self.free_slots.items.len == slot_count);
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

    fn entry(self: *const Cache, position: u32) u32 {
        return @atomicLoad(u32, &self.table[position], .acquire);
    }

    fn setEntry(self: *Cache, position: u32, slot: u32) void {
        @atomicStore(u32, &self.table[position], slot, .release);
    }

    /// Under the mutex: the table position of `key`, or null.
    fn find(self: *const Cache, key: Key) ?u32 {
        const mask: u32 = @intCast(self.table.len - 1);
        var i = self.home(key);
        var probes: u32 = 0;
        while (probes < self.table.len) : (probes += 1) {
            const slot = self.table[i];
            if (slot == empty) return null;
            if (std.meta.eql(self.slots[slot].key(), key)) return i;
            i = (i + 1) & mask;
        }
        return null;
    }

    fn insert(self: *Cache, slot: u32) void {
        const key = self.slots[slot].key();
        assert(self.find(key) == null);
        const mask: u32 = @intCast(self.table.len - 1);
        var i = self.home(key);
        // Bounded: the table is twice the slot count, so an empty entry exists.
        while (self.table[i] != empty) i = (i + 1) & mask;
        self.setEntry(i, slot);
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
            const k = self.home(self.slots[slot].key());
            // Move the entry back when its home is not within (hole, j] cyclically.
            const between = if (hole <= j) (k > hole and k <= j) else (k > hole or k <= j);
            if (!between) {
                self.setEntry(hole, slot);
                hole = j;
            }
        }
        self.setEntry(hole, empty);
    }

    pub const Lookup = union(enum) {
        /// Pinned slot holding the page.
        hit: u32,
        /// Pinned `loading` slot the caller must fill, then `finishLoad` or `abortLoad`.
        load: u32,
    };

    /// Finds and pins the clean slot for `key`, waiting for a concurrent load of it; otherwise
    /// claims a slot for the caller to load. `error.Busy` if every slot stays pinned or dirty for
    /// `wait_ms` (at least `claim_wait_ms_min`). A hit on a clean page takes no lock.
    pub fn pinOrClaim(self: *Cache, key: Key, wait_ms: u32) errors.Error!Lookup {
        if (self.pinFast(key)) |slot| return .{ .hit = slot };
        return self.pinOrClaimLocked(key, wait_ms);
    }

    /// The lock-free hit path (see the file comment); null sends the caller to the locked path.
    fn pinFast(self: *Cache, key: Key) ?u32 {
        const mask: u32 = @intCast(self.table.len - 1);
        var i = self.home(key);
        var probes: u32 = 0;
        // Bounded by the table size, whatever concurrent changes the probe sees.
        while (probes < self.table.len) : (probes += 1) {
            const slot = self.entry(i);
            if (slot == empty) return null;
            assert(slot < self.slots.len);
            const s = &self.slots[slot];
            if (std.meta.eql(s.key(), key)) {
                if (!s.tryPinFindable()) return null; // Loading, or changing: lock and see.
                // Pinned and findable: the key can no longer change, so this check is exact.
                if (!std.meta.eql(s.key(), key)) {
                    self.unpin(slot);
                    return null;
                }
                if (!s.referenced.load(.monotonic)) s.referenced.store(true, .monotonic);
                _ = self.hits.fetchAdd(1, .monotonic);
                return slot;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    fn pinOrClaimLocked(self: *Cache, key: Key, wait_ms: u32) errors.Error!Lookup {
        self.mutex.lock();
        defer self.mutex.unlock();
        // Started only when a claim must wait: reading the clock on every pin showed in profiles.
        var timer: ?std.time.Timer = null;
        var announced = false;
        defer if (announced) {
            _ = self.waiters.fetchSub(1, .monotonic);
        };
        // Bounded: every round pins, claims, or waits on a deadline (loads always finish).
        while (true) {
            if (self.find(key)) |position| {
                const slot = self.table[position];
                const s = &self.slots[slot];
                if (s.state == .loading) {
                    // Loads always finish (the loader holds no other lock while reading), and
                    // finishLoad/abortLoad always broadcast.
                    self.cond.wait(&self.mutex);
                    continue;
                }
                assert(s.state == .clean and s.findable());
                _ = s.pin_word.fetchAdd(1, .monotonic);
                s.referenced.store(true, .monotonic);
                _ = self.hits.fetchAdd(1, .monotonic);
                return .{ .hit = slot };
            }
            if (self.claimLocked()) |slot| {
                const s = &self.slots[slot];
                s.setKey(key);
                s.state = .loading;
                s.referenced.store(true, .monotonic);
                _ = s.pin_word.fetchAdd(1, .monotonic); // The loader's pin; not findable yet.
                self.insert(slot);
                _ = self.misses.fetchAdd(1, .monotonic);
                return .{ .load = slot };
            }
            if (!announced) {
                // Announce, then look again: an unpin that raced with the failed claim either
                // sees `waiters` and wakes us, or its slot is claimable on this second look.
                announced = true;
                _ = self.waiters.fetchAdd(1, .seq_cst);
                continue;
            }
            if (timer == null) timer = std.time.Timer.start() catch unreachable;
            self.waitLocked(&timer.?, @max(wait_ms, claim_wait_ms_min)) catch return error.Busy;
        }
    }

    fn waitLocked(self: *Cache, timer: *std.time.Timer, wait_ms: u32) error{Timeout}!void {
        assert(self.waiters.load(.monotonic) > 0);
        const waited_ns = timer.read();
        const budget_ns = @as(u64, wait_ms) * std.time.ns_per_ms;
        if (waited_ns >= budget_ns) return error.Timeout;
        self.cond.timedWait(&self.mutex, budget_ns - waited_ns) catch {};
    }

    /// A free slot, or a clean unpinned one evicted by CLOCK; null when none. The slot returned
    /// is free: unpinned, not findable, not in the table.
    fn claimLocked(self: *Cache) ?u32 {
        if (self.free_slots.popOrNull()) |slot| {
            assert(self.slots[slot].state == .free);
            assert(self.slots[slot].pin_word.load(.monotonic) == 0);
            return slot;
        }
        const n: u32 = @intCast(self.slots.len);
        var steps: u32 = 0;
        // Two sweeps: the first may only clear reference bits.
        while (steps < 2 * n) : (steps += 1) {
            const slot = self.hand;
            self.hand = (self.hand + 1) % n;
            const s = &self.slots[slot];
            // seq_cst load: pairs with unpin's seq_cst drop (see the file comment on waiters).
            if (s.state != .clean or s.pin_word.load(.seq_cst) & pins_mask != 0) continue;
            if (s.referenced.load(.monotonic)) {
                s.referenced.store(false, .monotonic);
                continue;
            }
            if (!s.tryUnpublish()) continue; // A lock-free pin got there first.
            self.removeAt(self.find(s.key()).?);
            self.resetLocked(s);
            return slot;
        }
        return null;
    }

    /// Under the mutex: an unpinned, unfindable slot back to its free-state fields.
    fn resetLocked(self: *Cache, s: *Slot) void {
        _ = self;
        assert(s.pin_word.load(.monotonic) == 0);
        s.setKey(.{ .page_no = 0, .version = 0 });
        s.state = .free;
        s.detached = false;
        s.referenced.store(false, .monotonic);
    }

    pub fn finishLoad(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        assert(s.state == .loading and !s.findable());
        s.state = .clean;
        // Release: a lock-free pin (acquire) of this slot sees the key and the loaded bytes.
        const old = s.pin_word.fetchOr(findable_flag, .release);
        assert(old & pins_mask >= 1); // The loader still holds its pin.
        self.cond.broadcast();
    }

    /// The load failed: forget the key and free the slot.
    pub fn abortLoad(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        assert(s.state == .loading and s.pin_word.load(.monotonic) == 1);
        self.removeAt(self.find(s.key()).?);
        _ = s.pin_word.fetchSub(1, .monotonic);
        self.freeLocked(slot);
        self.cond.broadcast();
    }

    fn freeLocked(self: *Cache, slot: u32) void {
        const s = &self.slots[slot];
        assert(s.pin_word.load(.monotonic) == 0);
        if (s.state == .dirty) _ = self.dirty_count.fetchSub(1, .monotonic);
        self.resetLocked(s);
        self.free_slots.appendAssumeCapacity(slot);
        if (self.waiters.load(.monotonic) > 0) self.cond.broadcast();
    }

    /// Drops one pin. Lock-free unless the slot must be freed (it was invalidated while
    /// pinned) or someone waits for a claimable slot.
    pub fn unpin(self: *Cache, slot: u32) void {
        const s = &self.slots[slot];
        // seq_cst: pairs with the seq_cst `waiters` announcement (see the file comment).
        const old = s.pin_word.fetchSub(1, .seq_cst);
        assert(old & pins_mask > 0);
        if (old & pins_mask > 1) return;
        if (old & findable_flag != 0 and self.waiters.load(.seq_cst) == 0) return;
        self.unpinSlow(slot);
    }

    /// The last pin went from a detached slot (free it), or someone waits (wake them).
    fn unpinSlow(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        // Exactly "detached and unpinned" must be freed; whoever sees it first under the mutex
        // frees it (a slot is detached only while pinned, so it cannot be free already).
        if (s.detached and s.pin_word.load(.monotonic) == 0) {
            assert(s.state == .clean);
            self.freeLocked(slot);
        } else if (self.waiters.load(.monotonic) > 0) {
            self.cond.broadcast();
        }
    }

    pub fn pinCount(self: *Cache, slot: u32) u32 {
        return self.slots[slot].pins();
    }

    /// A slot for the writer's private use (unpinned, not findable), or null when every slot is
    /// pinned or dirty: the writer then spills its dirty pages.
    pub fn claimDirty(self: *Cache) ?u32 {
        self.mutex.lock();
        defer self.mutex.unlock();
        const slot = self.claimLocked() orelse return null;
        self.slots[slot].state = .dirty;
        _ = self.dirty_count.fetchAdd(1, .monotonic);
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
        if (s.state != .clean or !s.tryUnpublish()) return null;
        self.removeAt(position);
        self.resetLocked(s);
        s.state = .dirty;
        _ = self.dirty_count.fetchAdd(1, .monotonic);
        assert(self.find(key) == null);
        return slot;
    }

    /// Frees a dirty slot (rollback, spill).
    pub fn releaseDirty(self: *Cache, slot: u32) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        assert(self.slots[slot].state == .dirty);
        assert(self.slots[slot].pin_word.load(.monotonic) == 0);
        self.freeLocked(slot);
    }

    /// A committed dirty slot becomes the clean version `key` (or is freed if that version is
    /// already cached).
    pub fn publishDirty(self: *Cache, slot: u32, key: Key) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const s = &self.slots[slot];
        assert(s.state == .dirty and s.pin_word.load(.monotonic) == 0);
        if (self.find(key) != null) {
            self.freeLocked(slot);
            return;
        }
        _ = self.dirty_count.fetchSub(1, .monotonic);
        s.setKey(key);
        s.state = .clean;
        s.referenced.store(true, .monotonic);
        self.insert(slot);
        // Release: a lock-free pin (acquire) sees the key and the page bytes.
        s.pin_word.store(findable_flag, .release);
    }

    /// Forgets the cached version `key` (its bytes on disk changed).
    pub fn invalidate(self: *Cache, key: Key) void {
        self.mutex.lock();
        defer self.mutex.unlock();
        const position = self.find(key) orelse return;
        const slot = self.table[position];
        const s = &self.slots[slot];
        if (s.state == .loading) return; // Its loader read after the change.
        assert(s.state == .clean);
        self.removeAt(position);
        // One atomic step: no lock-free pin after this, and the pin count it had.
        const old = s.pin_word.fetchAnd(~findable_flag, .acq_rel);
        assert(old & findable_flag != 0);
        if (old & pins_mask == 0) self.freeLocked(slot) else s.detached = true;
    }

    pub fn dirtyCount(self: *Cache) u32 {
        return self.dirty_count.load(.monotonic);
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

/// The content every test page of `key` has: the same byte everywhere, from the key.
fn testFill(key: Key) u8 {
    return @truncate((key.page_no *% 31) ^ @as(u32, @truncate(key.version)) ^ 0x5A);
}

fn testPageIs(cache: *Cache, slot: u32, key: Key) bool {
    const page = cache.bytes(slot);
    const want = testFill(key);
    return page[0] == want and page[page.len / 2] == want and page[page.len - 1] == want;
}

const PinRace = struct {
    cache: Cache,
    done: std.atomic.Value(bool) = std.atomic.Value(bool).init(false),
    wrong: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    busy: std.atomic.Value(u32) = std.atomic.Value(u32).init(0),
    const keys: u32 = 48;
    const rounds_max: u32 = 40_000;

    fn randomKey(random: std.Random) Key {
        return .{
            .page_no = 1 + random.uintLessThan(u32, keys),
            .version = random.uintLessThan(u64, 2),
        };
    }

    /// Pins up to two pages at a time (loading the missing ones), checks them while pinned.
    fn read(race: *PinRace, seed: u64) void {
        var prng = std.Random.DefaultPrng.init(seed);
        const random = prng.random();
        var rounds: u32 = 0;
        while (rounds < rounds_max) : (rounds += 1) {
            const a = race.pinChecked(randomKey(random)) orelse continue;
            const key_b = randomKey(random);
            const b = race.pinChecked(key_b);
            if (random.uintLessThan(u8, 8) == 0) std.Thread.yield() catch {};
            // Still the same content: nobody reused or rewrote a pinned slot.
            if (!testPageIs(&race.cache, a.slot, a.key)) _ = race.wrong.fetchAdd(1, .monotonic);
            if (b) |pinned| {
                if (!testPageIs(&race.cache, pinned.slot, pinned.key)) {
                    _ = race.wrong.fetchAdd(1, .monotonic);
                }
                race.cache.unpin(pinned.slot);
            }
            race.cache.unpin(a.slot);
        }
    }

    const Pinned = struct { slot: u32, key: Key };

    fn pinChecked(race: *PinRace, key: Key) ?Pinned {
        const lookup = race.cache.pinOrClaim(key, 1000) catch {
            _ = race.busy.fetchAdd(1, .monotonic);
            return null;
        };
        switch (lookup) {
            .hit => |slot| if (!testPageIs(&race.cache, slot, key)) {
                _ = race.wrong.fetchAdd(1, .monotonic);
            },
            .load => |slot| {
                @memset(race.cache.bytes(slot), testFill(key));
                race.cache.finishLoad(slot);
            },
        }
        return .{ .slot = switch (lookup) {
            inline else => |slot| slot,
        }, .key = key };
    }

    /// The writer's side: dirty slots published as new versions, takeClean, invalidations.
    fn churn(race: *PinRace, seed: u64) void {
        var prng = std.Random.DefaultPrng.init(seed);
        const random = prng.random();
        var rounds: u32 = 0;
        while (!race.done.load(.acquire) and rounds < 10 * rounds_max) : (rounds += 1) {
            const key = randomKey(random);
            switch (random.uintLessThan(u8, 3)) {
                0 => race.cache.invalidate(key),
                1 => if (race.cache.takeClean(key)) |slot| race.cache.releaseDirty(slot),
                else => if (race.cache.claimDirty()) |slot| {
                    @memset(race.cache.bytes(slot), testFill(key));
                    race.cache.publishDirty(slot, key);
                },
            }
        }
    }
};

test "cache: lock-free pins stay exact under eviction, invalidation and publishing" {
    const seed: u64 = 0xCAC4E;
    std.debug.print("cache pin race seed {d}\n", .{seed});
    var race: PinRace = .{ .cache = try Cache.init(testing.allocator, 256, Cache.slot_count_min) };
    defer race.cache.deinit();
    var readers: [4]std.Thread = undefined;
    for (&readers, 0..) |*thread, i| {
        thread.* = try std.Thread.spawn(.{}, PinRace.read, .{ &race, seed + i });
    }
    const churner = try std.Thread.spawn(.{}, PinRace.churn, .{ &race, seed + 100 });
    for (readers) |thread| thread.join();
    race.done.store(true, .release);
    churner.join();
    try testing.expectEqual(@as(u32, 0), race.wrong.load(.monotonic));
    try testing.expectEqual(@as(u32, 0), race.busy.load(.monotonic));
    // Every pin was dropped and every detached slot freed: all slots are free or clean, unpinned.
    try testing.expectEqual(@as(u32, 0), race.cache.dirtyCount());
    var clean: u32 = 0;
    for (race.cache.slots) |*s| {
        try testing.expectEqual(@as(u32, 0), s.pins());
        try testing.expect(s.state == .free or s.state == .clean);
        try testing.expect(!s.detached);
        clean += @intFromBool(s.state == .clean);
        try testing.expectEqual(s.state == .clean, s.findable());
    }
    const free: u32 = @intCast(race.cache.free_slots.items.len);
    try testing.expectEqual(race.cache.slotCount(), clean + free);
    try testing.expect(race.cache.hits.load(.monotonic) > 0);
}

test "cache: resize empties the pool to the new size and keeps the counters" {
    var cache = try Cache.init(testing.allocator, 512, 16);
    defer cache.deinit();
    var page_no: u32 = 1;
    while (page_no <= 20) : (page_no += 1) {
        const slot = (try cache.pinOrClaim(.{ .page_no = page_no, .version = 0 }, 0)).load;
        cache.finishLoad(slot);
        cache.unpin(slot);
    }
    try cache.resize(40);
    try testing.expectEqual(@as(u32, 40), cache.slotCount());
    try testing.expectEqual(@as(u64, 20), cache.misses.load(.monotonic));
    // Forty pages fit now: a second round of loads hits every one.
    page_no = 1;
    while (page_no <= 80) : (page_no += 1) {
        const key: Key = .{ .page_no = (page_no - 1) % 40 + 1, .version = 0 };
        switch (try cache.pinOrClaim(key, 0)) {
            .hit => |slot| cache.unpin(slot),
            .load => |slot| {
                cache.finishLoad(slot);
                cache.unpin(slot);
            },
        }
    }
    try testing.expectEqual(@as(u64, 40), cache.hits.load(.monotonic));
    try cache.resize(Cache.slot_count_min);
    try testing.expectEqual(Cache.slot_count_min, cache.slotCount());
}
