/**
 * Checks in front of /graphql that Apollo would answer in English or not at all. An array of
 * operations (batching) lets one request carry hundreds of queries past the per-operation limits;
 * Apollo 5 refuses it by default (allowBatchedHttpRequests), this says so in the office's words.
 */
import type express from 'express';

export function refuseBatchedOperations(): express.RequestHandler {
  return (req, res, next) => {
    if (!Array.isArray(req.body)) return next();
    res.status(400).json({
      errors: [{ message: `不接受批量请求：一次请求只能包含一个操作，本次包含 ${req.body.length} 个`, extensions: { code: 'BAD_REQUEST' } }],
    });
  };
}
