namespace Ioc.Hub.Streaming.Redis;

/// <summary>
/// Lua run atomically on the server (StackExchange.Redis caches them by SHA). Reads are fenced by the lease so an
/// entry is only ever delivered to the partition's current owner.
/// </summary>
internal static class RedisScripts
{
    /// <summary>KEYS[1] lease; ARGV consumer, ttl ms. Take a free lease, or keep one this consumer already holds.</summary>
    public const string AcquireLease = """
        if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;

    /// <summary>KEYS[1] lease; ARGV consumer, ttl ms. Compare-and-extend.</summary>
    public const string RenewLease = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return 0
        """;

    /// <summary>KEYS[1] lease; ARGV consumer. Compare-and-delete.</summary>
    public const string ReleaseLease = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
        return 0
        """;

    /// <summary>KEYS[1] consumers zset; ARGV consumer, ttl ms. Scores are expiry instants on the server's clock.</summary>
    public const string Heartbeat = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
        redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return redis.call('ZCARD', KEYS[1])
        """;

    /// <summary>Shared by the reads: XREADGROUP that (re)creates a missing group from the start of the stream.</summary>
    private const string ReadGroup = """
        local function readgroup(stream, group, consumer, count, from)
          local r = redis.pcall('XREADGROUP', 'GROUP', group, consumer, 'COUNT', count, 'STREAMS', stream, from)
          if type(r) == 'table' and r.err then
            if not string.find(r.err, 'NOGROUP', 1, true) then return redis.error_reply(r.err) end
            redis.call('XGROUP', 'CREATE', stream, group, '0', 'MKSTREAM')
            r = redis.call('XREADGROUP', 'GROUP', group, consumer, 'COUNT', count, 'STREAMS', stream, from)
          end
          if r and r[1] then return r[1][2] end
          return {}
        end
        """;

    /// <summary>
    /// KEYS stream1, lease1, stream2, lease2 …; ARGV group, consumer, count. Per partition: 0 when the lease is not
    /// this consumer's, else the new entries (XREADGROUP &gt;).
    /// </summary>
    public const string ReadNew = ReadGroup + "\n" + """
        local out = {}
        for i = 1, #KEYS, 2 do
          if redis.call('GET', KEYS[i + 1]) ~= ARGV[2] then
            out[#out + 1] = 0
          else
            local r = readgroup(KEYS[i], ARGV[1], ARGV[2], ARGV[3], '>')
            if r.err then return r end
            out[#out + 1] = r
          end
        end
        return out
        """;

    /// <summary>
    /// KEYS stream, lease; ARGV group, consumer, count. 0 when the lease is not this consumer's, else
    /// { own pending entries (XREADGROUP 0, which counts a delivery), their XPENDING rows with the new counts }.
    /// A deleted entry comes back as { id, nil }.
    /// </summary>
    public const string ReadPending = ReadGroup + "\n" + """
        if redis.call('GET', KEYS[2]) ~= ARGV[2] then return 0 end
        local entries = readgroup(KEYS[1], ARGV[1], ARGV[2], ARGV[3], '0')
        if entries.err then return entries end
        if #entries == 0 then return { {}, {} } end
        return { entries, redis.call('XPENDING', KEYS[1], ARGV[1], '-', '+', ARGV[3], ARGV[2]) }
        """;

    /// <summary>
    /// KEYS stream; ARGV group. Trims entries below the lowest pending one, or through the last delivered one when
    /// none is pending, in one atomic step so no entry can be delivered between the look and the cut. A stream
    /// without our group has processed nothing and is left alone.
    /// </summary>
    public const string TrimProcessed = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        local last = nil
        for _, g in ipairs(redis.call('XINFO', 'GROUPS', KEYS[1])) do
          local name, delivered
          for i = 1, #g, 2 do
            if g[i] == 'name' then name = g[i + 1] elseif g[i] == 'last-delivered-id' then delivered = g[i + 1] end
          end
          if name == ARGV[1] then last = delivered end
        end
        if not last then return 0 end
        local pending = redis.call('XPENDING', KEYS[1], ARGV[1])
        local minid = last
        if pending[1] > 0 then
          minid = pending[2]
        else
          local dash = string.find(last, '-', 1, true)
          local seq = string.sub(last, dash + 1)
          -- Lua numbers are doubles: only step past the last delivered id when its sequence is exactly representable.
          if #seq < 15 then minid = string.sub(last, 1, dash) .. string.format('%d', tonumber(seq) + 1) end
        end
        return redis.call('XTRIM', KEYS[1], 'MINID', minid)
        """;

    /// <summary>
    /// KEYS dead letters, target stream; ARGV id, json, caseId (may be empty), firstFailedAt, attempts, replays.
    /// Moves a dead letter back, once: appended first, so the letter disappears only if the entry is in the stream
    /// (a script either runs whole or, on an error, stops before the XDEL).
    /// </summary>
    public const string Replay = """
        if redis.call('EXISTS', KEYS[1]) == 0 or #redis.call('XRANGE', KEYS[1], ARGV[1], ARGV[1]) == 0 then return false end
        local added
        if ARGV[3] == '' then
          added = redis.call('XADD', KEYS[2], '*', 'event', ARGV[2], 'firstFailedAt', ARGV[4], 'attempts', ARGV[5], 'replays', ARGV[6])
        else
          added = redis.call('XADD', KEYS[2], '*', 'event', ARGV[2], 'caseId', ARGV[3], 'firstFailedAt', ARGV[4], 'attempts', ARGV[5], 'replays', ARGV[6])
        end
        redis.call('XDEL', KEYS[1], ARGV[1])
        return added
        """;
}
