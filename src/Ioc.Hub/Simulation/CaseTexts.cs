namespace Ioc.Hub.Simulation;

/// <summary>
/// What citizens write and agencies answer, per field: Vietnamese templates where "{0}" is the place ("đường Trần Phú,
/// Phường Nha Trang"). Every text is invented for the demo.
/// </summary>
internal static class CaseTexts
{
    private static readonly Dictionary<string, string[]> Reports = new(StringComparer.Ordinal)
    {
        ["infrastructure"] =
        [
            "Ổ gà lớn trên {0} gây nguy hiểm cho người đi đường",
            "Đèn chiếu sáng công cộng trên {0} bị hỏng nhiều ngày",
            "Nắp hố ga bị vỡ trên {0}, nguy cơ gây tai nạn",
            "Mặt đường {0} sụt lún sau mưa lớn",
            "Cống thoát nước tại {0} bị tắc, ngập sau mỗi cơn mưa",
        ],
        ["environment"] =
        [
            "Rác thải tồn đọng tại {0} nhiều ngày chưa được thu gom",
            "Nước thải chảy tràn ra {0} gây mùi hôi",
            "Đốt rác gây khói bụi tại khu dân cư {0}",
            "Cơ sở sản xuất gần {0} xả khói, bụi gây ô nhiễm",
        ],
        ["urban-order"] =
        [
            "Lấn chiếm vỉa hè để kinh doanh trên {0}",
            "Tập kết vật liệu xây dựng trái phép trên {0}",
            "Quảng cáo rao vặt dán tràn lan tại {0}",
            "Đậu đỗ xe, bày bán hàng tràn ra lòng đường {0}",
        ],
        ["traffic"] =
        [
            "Đèn tín hiệu giao thông tại {0} không hoạt động",
            "Ùn tắc kéo dài vào giờ cao điểm tại {0}",
            "Biển báo giao thông bị cây che khuất trên {0}",
            "Xe tải chở quá tải làm hư hỏng {0}",
        ],
        ["food-safety"] =
        [
            "Cơ sở kinh doanh ăn uống tại {0} không đảm bảo vệ sinh",
            "Nghi ngờ thực phẩm không rõ nguồn gốc bày bán tại {0}",
        ],
        ["administrative-procedure"] =
        [
            "Hồ sơ đăng ký hộ kinh doanh nộp tại {0} đã quá hẹn chưa có kết quả",
            "Chưa rõ thành phần hồ sơ cấp đổi giấy phép lái xe, đề nghị hướng dẫn",
            "Hồ sơ chứng thực tại {0} phải bổ sung nhiều lần",
        ],
        ["administrative-behaviour"] =
        [
            "Phản ánh thái độ tiếp công dân chưa đúng mực tại bộ phận một cửa {0}",
            "Cán bộ hẹn trả kết quả nhưng không thông báo khi chậm tại {0}",
        ],
        ["land"] =
        [
            "Chậm cấp giấy chứng nhận quyền sử dụng đất tại {0}",
            "Đề nghị xác định lại ranh giới thửa đất tại {0}",
        ],
        ["construction"] =
        [
            "Công trình xây dựng không phép tại {0}",
            "Công trình thi công gây ồn vào ban đêm tại {0}",
            "Công trình xây dựng không che chắn, rơi vãi vật liệu trên {0}",
        ],
        ["health"] =
        [
            "Đề nghị phun thuốc phòng sốt xuất huyết tại khu dân cư {0}",
            "Trạm y tế tại {0} thiếu thuốc điều trị thông thường",
        ],
        ["education"] =
        [
            "Ùn tắc trước cổng trường tại {0} giờ tan học",
            "Phản ánh các khoản thu đầu năm học tại trường trên {0}",
        ],
        ["security-order"] =
        [
            "Nhóm thanh niên tụ tập gây mất trật tự vào ban đêm tại {0}",
            "Đua xe trái phép trên {0} vào cuối tuần",
        ],
        ["fire-rescue"] =
        [
            "Trụ nước chữa cháy trên {0} bị hư hỏng",
            "Kho chứa hàng dễ cháy trong khu dân cư tại {0}",
        ],
        ["electricity"] =
        [
            "Mất điện kéo dài tại {0}",
            "Dây điện võng thấp trên {0}, nguy hiểm cho xe cao",
        ],
        ["water"] =
        [
            "Nước sinh hoạt tại {0} bị đục, có mùi",
            "Vỡ đường ống cấp nước trên {0}",
        ],
        ["social-welfare"] =
        [
            "Đề nghị xem xét hỗ trợ hộ khó khăn tại {0}",
            "Chậm chi trả trợ cấp xã hội tại {0}",
        ],
        ["agriculture"] =
        [
            "Kênh thủy lợi tại {0} bị bồi lấp, thiếu nước tưới",
            "Dịch bệnh trên đàn gia súc tại {0}",
        ],
        ["culture-tourism"] =
        [
            "Karaoke gây ồn quá giờ quy định tại {0}",
            "Tình trạng chèo kéo du khách tại {0}",
        ],
        ["telecom"] =
        [
            "Sóng điện thoại di động yếu tại {0}",
            "Cáp viễn thông treo lơ lửng trên {0}",
        ],
        ["commerce"] =
        [
            "Hàng hóa không niêm yết giá tại chợ gần {0}",
            "Nghi ngờ bán hàng giả, hàng nhái tại {0}",
        ],
        ["business"] = ["Doanh nghiệp tại {0} gặp vướng mắc về thủ tục đầu tư"],
        ["tax"] = ["Vướng mắc kê khai thuế của hộ kinh doanh tại {0}"],
        ["social-insurance"] = ["Doanh nghiệp tại {0} chậm đóng bảo hiểm xã hội cho người lao động"],
        ["ethnic-religion"] = ["Đề nghị hỗ trợ đồng bào dân tộc thiểu số tại {0}"],
        ["procedure-information"] =
        [
            "Hỏi thủ tục đăng ký khai sinh cho con tại {0}",
            "Hỏi hồ sơ cấp giấy phép xây dựng nhà ở tại {0}",
            "Hỏi thời hạn giải quyết hồ sơ chuyển mục đích sử dụng đất",
        ],
        ["administrative-regulation"] = ["Kiến nghị đơn giản hóa hồ sơ thủ tục đất đai áp dụng tại {0}"],
        ["policy-suggestion"] = ["Kiến nghị lắp thêm đèn chiếu sáng và camera an ninh trên {0}"],
        ["socio-economic"] = ["Kiến nghị sửa chữa chợ dân sinh xuống cấp tại {0}"],
        ["postal-service"] = ["Đăng ký nhận kết quả thủ tục hành chính qua dịch vụ bưu chính công ích tại {0}"],
    };

    private static readonly Dictionary<string, string> Answers = new(StringComparer.Ordinal)
    {
        ["infrastructure"] = "Đơn vị đã kiểm tra hiện trường, sửa chữa hư hỏng và hoàn trả mặt bằng.",
        ["environment"] = "Đã chỉ đạo đơn vị thu gom xử lý dứt điểm và tăng tần suất kiểm tra khu vực.",
        ["urban-order"] = "Tổ trật tự đô thị đã lập biên bản, yêu cầu tháo dỡ và hoàn trả vỉa hè.",
        ["traffic"] = "Đã khắc phục sự cố và bố trí lực lượng hướng dẫn giao thông giờ cao điểm.",
        ["construction"] = "Đã kiểm tra, lập biên bản vi phạm và yêu cầu chủ đầu tư khắc phục.",
        ["electricity"] = "Điện lực đã xử lý sự cố, cấp điện trở lại và kiểm tra tuyến dây.",
        ["water"] = "Công ty cấp nước đã sửa chữa đường ống và súc xả mạng lưới.",
        ["procedure-information"] = "Tổng đài viên đã hướng dẫn thành phần hồ sơ, nơi nộp và thời hạn giải quyết.",
    };

    private static readonly string[] Streets =
    [
        "Trần Phú", "Lê Lợi", "Nguyễn Trãi", "Hùng Vương", "Quang Trung", "Lý Thường Kiệt", "Hai Bà Trưng", "Nguyễn Huệ",
        "Trần Hưng Đạo", "Lê Duẩn", "Phan Chu Trinh", "Võ Thị Sáu", "Ngô Quyền", "Điện Biên Phủ", "30 Tháng 4",
        "Cách Mạng Tháng Tám", "Nguyễn Văn Cừ", "Phạm Văn Đồng", "Lê Thánh Tông", "Nguyễn Thị Minh Khai",
    ];

    /// <summary>A place in the unit: a street in a ward, a hamlet or provincial road in a commune.</summary>
    public static string Place(Random random, string unitName, bool urban) => urban
        ? $"đường {random.Pick(Streets)}, {unitName}"
        : random.Chance(0.5) ? $"thôn {random.Next(1, 12)}, {unitName}" : $"tỉnh lộ {random.Next(1, 20)}, {unitName}";

    public static string Title(Random random, string field, string fieldName, string place) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture,
            Reports.TryGetValue(field, out var templates) ? random.Pick(templates) : $"Phản ánh về {fieldName.ToLowerInvariant()} tại {{0}}",
            place);

    public static string Description(Random random, string title) => title + ". " + random.Pick(Pleas);

    public static string Answer(string field) =>
        Answers.GetValueOrDefault(field, "Đơn vị đã kiểm tra, xử lý theo quy định và thông tin kết quả đến người phản ánh.");

    private static readonly string[] Pleas =
    [
        "Đề nghị cơ quan chức năng kiểm tra, xử lý sớm.",
        "Người dân đã phản ánh nhiều lần nhưng chưa được khắc phục.",
        "Rất mong được quan tâm giải quyết.",
        "Tình trạng kéo dài ảnh hưởng đến sinh hoạt của bà con.",
    ];

    public static readonly string[] ReturnReasons =
    [
        "Nội dung không thuộc thẩm quyền giải quyết của đơn vị.",
        "Địa điểm phản ánh không thuộc địa bàn quản lý.",
        "Lĩnh vực thuộc chức năng của cơ quan chuyên ngành cấp tỉnh.",
    ];

    public static readonly string[] ExtensionReasons =
    [
        "Cần khảo sát hiện trường và lấy ý kiến các hộ dân liên quan.",
        "Chờ kết quả kiểm định, xác minh của đơn vị chuyên môn.",
        "Khối lượng sửa chữa lớn, cần bố trí kinh phí.",
    ];

    public static readonly string[] LateReasons =
    [
        "Phải phối hợp xác minh với nhiều đơn vị nên chậm so với thời hạn.",
        "Thời tiết mưa kéo dài nên chưa thể thi công khắc phục đúng hạn.",
        "Cán bộ phụ trách nghỉ phép, đơn vị đã bố trí người thay thế.",
    ];

    public static readonly string[] SendBackReasons =
    [
        "Kết quả chưa trả lời đầy đủ nội dung phản ánh.",
        "Đề nghị bổ sung hình ảnh sau khi khắc phục.",
        "Nội dung trả lời chưa rõ thời hạn hoàn thành.",
    ];

    public static readonly string[] ClarificationQuestions =
    [
        "Đề nghị cung cấp địa chỉ cụ thể và hình ảnh hiện trường.",
        "Đề nghị nêu rõ thời gian xảy ra sự việc.",
    ];

    public static readonly string[] FollowUpQuestions =
    [
        "Khi nào đơn vị hoàn thành việc khắc phục?",
        "Tôi cần liên hệ ai để được hướng dẫn thêm?",
        "Sau khi xử lý, tình trạng vẫn tái diễn vào ban đêm, đề nghị kiểm tra lại.",
    ];

    public static readonly string[] RatingComments =
    [
        "Cảm ơn đơn vị đã xử lý nhanh.",
        "Kết quả chưa giải quyết được vấn đề.",
        "Xử lý chậm so với thời hạn hẹn.",
    ];
}
