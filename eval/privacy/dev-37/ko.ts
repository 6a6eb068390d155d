/** Development set 37, Korean contrast pairs (see README.md). Marks: ⟦category|value⟧. */
import { type ContrastPair, pair } from "./pair.js";

export const KO: ContrastPair[] = [
  // password
  pair(
    "ko",
    "password",
    "docs",
    "chat",
    `[오후 3:12] 김민준: 우리 집 와이파이 비번 ⟦password|minjun0412!!⟧ 이야
[오후 3:13] 이서연: 고마워 바로 연결할게
이 대화를 한 줄로 요약해 줘`,
    `[오후 3:12] 김민준: 우리 집 와이파이 비번은 공유기 뒷면 스티커에 적혀 있어
[오후 3:13] 이서연: 고마워 바로 연결할게
이 대화를 한 줄로 요약해 줘`,
  ),
  pair(
    "ko",
    "password",
    "placeholder",
    "email-thread",
    `보낸 사람: 박지훈 팀장
받는 사람: 개발팀
제목: RE: 배포 서버 계정

> 서버 계정 알려주세요

계정: deploy / 비밀번호: ⟦password|Hanbit#2026dep⟧
이 메일을 신입에게 보낼 수 있게 공손하게 다듬어 줘`,
    `보낸 사람: 박지훈 팀장
받는 사람: 개발팀
제목: RE: 배포 서버 계정

> 서버 계정 알려주세요

계정: deploy / 비밀번호: 사내 Vault에서 확인하세요 (메일로는 보내지 않습니다)
이 메일을 신입에게 보낼 수 있게 공손하게 다듬어 줘`,
  ),
  pair(
    "ko",
    "password",
    "format",
    "ticket",
    `문의 유형: 로그인 오류
고객명: 최유진
내용: 비밀번호를 ⟦password|yujin**0707⟧ 로 바꿨는데 앱에서 로그인이 안 돼요
답변 초안을 써 줘`,
    `문의 유형: 로그인 오류
고객명: 최유진
내용: 비밀번호를 8자 이상, 특수문자 포함으로 바꿨는데 앱에서 로그인이 안 돼요
답변 초안을 써 줘`,
  ),
  pair(
    "ko",
    "password",
    "count",
    "json-log",
    `{"level":"debug","msg":"로그인 시도","user":"hkang","pw":"⟦password|kangHJ_88sky⟧","result":"fail"}
이 로그가 왜 실패했는지 설명해 줘`,
    `{"level":"debug","msg":"로그인 시도","user":"hkang","pw_length":12,"result":"fail"}
이 로그가 왜 실패했는지 설명해 줘`,
  ),
  pair(
    "ko",
    "password",
    "format",
    "md-table",
    `이 표를 엑셀로 옮기기 좋게 정리해 줘
| 사이트 | 아이디 | 비밀번호 |
|---|---|---|
| 네이버 | sy_lee91 | ⟦password|Sunny!lee1991⟧ |`,
    `이 표를 엑셀로 옮기기 좋게 정리해 줘
| 사이트 | 아이디 규칙 | 비밀번호 규칙 |
|---|---|---|
| 네이버 | 5~20자 | 8~16자 영문 대소문자, 숫자, 특수문자 |`,
  ),
  // health
  pair(
    "ko",
    "health",
    "stats",
    "chat",
    `엄마: 아빠 어제 검사 결과 나왔는데 ⟦health|위암 2기⟧래. 다음 주에 수술 날짜 잡는대
나: 알았어요 주말에 갈게요
이 대화를 바탕으로 형에게 보낼 문자를 써 줘`,
    `엄마: 뉴스 보니까 위암 2기도 요즘은 5년 생존율이 꽤 높대
나: 그렇구나 건강검진 꼭 받으세요
이 대화를 바탕으로 형에게 보낼 문자를 써 줘`,
  ),
  pair(
    "ko",
    "health",
    "pet",
    "free",
    `우리 남편이 ⟦health|당뇨⟧ 진단을 받고 인슐린 주사를 맞기 시작했어요. 식단 좀 추천해 주세요.`,
    `우리 강아지 코코가 당뇨 진단을 받고 인슐린 주사를 맞기 시작했어요. 사료 좀 추천해 주세요.`,
  ),
  pair(
    "ko",
    "health",
    "stats",
    "csv",
    `이름,나이,진단명
정하늘,34,⟦health|공황장애⟧
이 CSV를 표로 바꿔 줘`,
    `연령대,환자수,진단명
30대,1204,공황장애
이 CSV를 표로 바꿔 줘`,
  ),
  pair(
    "ko",
    "health",
    "drug",
    "email-thread",
    `제목: 회식 관련 문의
> 윤서준 대리가 ⟦health|우울증으로 에스시탈로프람⟧을 복용 중이라고 합니다.
회식 때 술을 권하지 않도록 팀원들에게 보낼 안내문을 써 주세요.`,
    `제목: 회식 관련 문의
> 에스시탈로프람 같은 항우울제는 술과 함께 먹으면 안 된다고 합니다.
회식 때 술을 억지로 권하지 않도록 팀원들에게 보낼 안내문을 써 주세요.`,
  ),
  pair(
    "ko",
    "health",
    "fiction",
    "free",
    `회사 동기 한소라가 최근 ⟦health|조현병⟧ 진단을 받았다고 털어놨어요. 앞으로 어떻게 대해야 할까요?`,
    `제 소설 속 주인공 한소라가 조현병 진단을 받는 장면을 쓰고 있어요. 어떻게 묘사해야 할까요?`,
  ),
  // email
  pair(
    "ko",
    "email",
    "business",
    "email-thread",
    `보낸사람: 김하은 <⟦email|haeun.kim92@naver.com⟧>
받는사람: 나
제목: 지난번 빌려간 책

이 메일에 대한 답장을 써 줘`,
    `보낸사람: 네이버 <noreply@navercorp.com>
받는사람: 나
제목: 새로운 기기에서 로그인되었습니다

이 메일에 대한 답장을 써 줘`,
  ),
  pair(
    "ko",
    "email",
    "business",
    "free",
    `견적서는 제 개인 메일 ⟦email|dlwjdgus_88@daum.net⟧ 으로 보내 달라고 업체에 말하는 문장을 써 줘`,
    `견적서는 업체 고객센터 메일 help@coupang.com 으로 보내 달라고 말하는 문장을 써 줘`,
  ),
  pair(
    "ko",
    "email",
    "example",
    "yaml",
    `notify:
  to: ⟦email|sohee.moon@kakao.com⟧   # 문소희 개인 메일
  level: error
이 설정 파일에서 들여쓰기가 맞는지 봐 줘`,
    `notify:
  to: user@example.com   # 예시 값, 배포 전에 바꿀 것
  level: error
이 설정 파일에서 들여쓰기가 맞는지 봐 줘`,
  ),
  pair(
    "ko",
    "email",
    "business",
    "ticket",
    `[상담 티켓 #2291]
발신: ⟦email|bae.jinwoo77@gmail.com⟧
내용: 지난달 결제 건 환불 요청합니다
이 티켓을 분류해 줘`,
    `[상담 티켓 #2291]
발신: no-reply@kakaobank.com (자동 발송)
내용: 지난달 결제 건 환불 처리 완료 안내
이 티켓을 분류해 줘`,
  ),
  // phone
  pair(
    "ko",
    "phone",
    "business",
    "chat",
    `민수: 우리 할머니 번호 ⟦phone|010-4821-3390⟧ 인데 택배 오면 연락 좀 드려 줘
나: ㅇㅋ
이 대화를 메모로 정리해 줘`,
    `민수: 택배사 고객센터 번호 1588-1255 인데 택배 안 오면 연락 좀 해 줘
나: ㅇㅋ
이 대화를 메모로 정리해 줘`,
  ),
  pair(
    "ko",
    "phone",
    "emergency",
    "free",
    `옆집 아저씨 휴대폰 번호가 ⟦phone|010-7312-0958⟧ 이라는데 아이 폰에 저장해 둘까요?`,
    `화재는 119, 범죄 신고는 112 인데 이 번호들 아이 폰에 저장해 둘까요?`,
  ),
  pair(
    "ko",
    "phone",
    "business",
    "csv",
    `이름,연락처,관계
오지현,⟦phone|010-2290-6614⟧,조카
이 CSV를 연락처 카드 형식으로 바꿔 줘`,
    `기관,연락처,운영시간
보건복지상담센터,129,24시간
이 CSV를 연락처 카드 형식으로 바꿔 줘`,
  ),
  pair(
    "ko",
    "phone",
    "format",
    "free",
    `회원가입 폼을 테스트하다가 제 번호 ⟦phone|010-9043-2271⟧ 를 넣었는데 인증 문자가 안 와요. 원인이 뭘까요?`,
    `회원가입 폼의 전화번호 형식이 010-XXXX-XXXX 인데 이걸 검사하는 정규식을 짜 주세요.`,
  ),
  // street_address
  pair(
    "ko",
    "street_address",
    "public",
    "free",
    `배송지: ⟦street_address|서울특별시 마포구 월드컵북로12길 34, 101동 1203호⟧ (받는 분: 장서윤)
이 배송지를 영문 주소로 바꿔 줘`,
    `행사장: 서울특별시 중구 세종대로 110 (서울특별시청)
이 행사장 주소를 영문 주소로 바꿔 줘`,
  ),
  pair(
    "ko",
    "street_address",
    "placeholder",
    "form-letter",
    `안녕하세요 김도윤 님,
고객님의 주소 ⟦street_address|부산광역시 해운대구 해운대로570번길 8, 302호⟧ 로 새 카드가 발송되었습니다.
이 안내문을 더 짧게 줄여 줘`,
    `안녕하세요 {{고객명}} 님,
고객님의 주소 {{주소}} 로 새 카드가 발송되었습니다.
이 안내문 템플릿을 더 짧게 줄여 줘`,
  ),
  pair(
    "ko",
    "street_address",
    "business",
    "json-log",
    `{"event":"주소_검증_실패","name":"류현우","addr":"⟦street_address|경기도 성남시 분당구 정자일로 95, 203동 804호⟧"}
이 로그에서 주소 검증이 왜 실패했을까?`,
    `{"event":"주소_검증_실패","name":"카카오 판교아지트","addr":"경기도 성남시 분당구 판교역로 166"}
이 로그에서 주소 검증이 왜 실패했을까?`,
  ),
  pair(
    "ko",
    "street_address",
    "example",
    "ticket",
    `[문의] 주소 입력 오류
내용: 저희 집 주소 ⟦street_address|대구광역시 수성구 들안로 52, 5층 502호⟧ 를 넣으면 자꾸 오류가 나요
답변을 써 줘`,
    `[문의] 주소 입력 오류
내용: 도움말에 있는 예시 주소 '서울시 강남구 테헤란로 123' 을 넣으면 자꾸 오류가 나요
답변을 써 줘`,
  ),
  // date_of_birth
  pair(
    "ko",
    "date_of_birth",
    "public",
    "free",
    `아들 생년월일: ⟦date_of_birth|2017년 5월 9일⟧ — 초등학교 입학 연도를 계산해 주세요`,
    `세종대왕 탄신일: 1397년 5월 15일 — 올해로 몇 주년인지 계산해 주세요`,
  ),
  pair(
    "ko",
    "date_of_birth",
    "format",
    "csv",
    `성명,생년월일,부서
이도현,⟦date_of_birth|1990.11.23⟧,영업
엑셀에서 두 번째 열을 날짜로 바꾸는 방법을 알려 줘`,
    `성명,입사일,부서
이도현,2020.11.23,영업
엑셀에서 두 번째 열을 날짜로 바꾸는 방법을 알려 줘`,
  ),
  pair(
    "ko",
    "date_of_birth",
    "format",
    "ticket",
    `[문의] 본인인증 실패
생년월일 6자리에 ⟦date_of_birth|850314⟧ 를 입력했는데 본인인증이 계속 실패합니다`,
    `[문의] 본인인증 실패
생년월일 6자리를 YYMMDD 형식으로 입력하라고 나오는데 무슨 뜻인지 모르겠습니다`,
  ),
];
