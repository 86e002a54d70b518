//! JNI entry points for io.ghostwire.zqlite.NativeLibrary. This is the one place that touches JNIEnv.
//!
//! No jni.h is needed at build time: JNIEnv is a pointer to the JNI function table, and functions
//! are called by their index in that table, fixed by the JNI specification since Java 1.2.
const std = @import("std");
const version = @import("version.zig");

/// What C calls `JNIEnv` is a pointer to the function table; entry points receive `JNIEnv *env`.
pub const JNIEnv = [*]const ?*const anyopaque;
pub const jclass = ?*anyopaque;
pub const jstring = ?*anyopaque;
pub const jint = i32;

pub const jni_version_1_8: jint = 0x00010008;

/// Indices into the JNI function table (JNINativeInterface_), from the JNI specification.
pub const Index = enum(u16) {
    get_version = 4,
    new_string_utf = 167,
};

fn function(env: *JNIEnv, comptime index: Index, comptime T: type) T {
    const f = env.*[@intFromEnum(index)];
    std.debug.assert(f != null);
    return @ptrCast(f.?);
}

fn newStringUtf(env: *JNIEnv, text: [*:0]const u8) jstring {
    const NewStringUTF = *const fn (*JNIEnv, [*:0]const u8) callconv(.C) jstring;
    return function(env, .new_string_utf, NewStringUTF)(env, text);
}

pub export fn JNI_OnLoad(vm: ?*anyopaque, reserved: ?*anyopaque) jint {
    _ = vm;
    _ = reserved;
    return jni_version_1_8;
}

/// static native String version();
pub export fn Java_io_ghostwire_zqlite_NativeLibrary_version(env: *JNIEnv, class: jclass) jstring {
    _ = class;
    return newStringUtf(env, version.string.ptr);
}
