// The QA service lives in answer/ (issue 10); this re-export keeps older imports working.
export * from "../answer/qa-service.js";
